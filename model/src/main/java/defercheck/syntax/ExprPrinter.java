package defercheck.syntax;

import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadExpr;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.ChanType;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FieldDecl;
import defercheck.syntax.ast.FloatLit;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.ImagLit;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.InterfaceType;
import defercheck.syntax.ast.KeyValueExpr;
import defercheck.syntax.ast.MapType;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.RuneLit;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.SliceExpr;
import defercheck.syntax.ast.SliceType;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.StringLit;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import defercheck.syntax.ast.TypeOperand;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.ast.UnionType;
import java.util.List;
import java.util.stream.Collectors;

/** Prints an expression the way gc quotes it in messages ({@code x + s}, {@code f()}, {@code func literal}). */
public final class ExprPrinter {

    private ExprPrinter() {
    }

    public static String print(Expr e) {
        if (e instanceof Ident id) {
            return id.name();
        } else if (e instanceof IntLit l) {
            return l.text();
        } else if (e instanceof StringLit l) {
            return l.text();
        } else if (e instanceof FloatLit l) {
            return l.text();
        } else if (e instanceof ImagLit l) {
            return l.text();
        } else if (e instanceof RuneLit l) {
            return l.text();
        } else if (e instanceof FuncLit) {
            return "func literal";
        } else if (e instanceof ParenExpr p) {
            return "(" + print(p.x()) + ")";
        } else if (e instanceof SelectorExpr s) {
            return print(s.x()) + "." + s.sel().name();
        } else if (e instanceof CallExpr c) {
            return print(c.fun()) + "(" + list(c.args()) + (c.hasEllipsis() ? "..." : "") + ")";
        } else if (e instanceof IndexExpr ix) {
            return print(ix.x()) + "[" + list(ix.indices()) + "]";
        } else if (e instanceof SliceExpr s) {
            return print(s.x()) + "[" + opt(s.lo()) + ":" + opt(s.hi()) + (s.full() ? ":" + opt(s.max()) : "") + "]";
        } else if (e instanceof TypeAssertExpr a) {
            return print(a.x()) + ".(" + (a.type() == null ? "type" : print(a.type())) + ")";
        }
        return printOther(e);
    }

    private static String printOther(Expr e) {
        if (e instanceof UnaryExpr u) {
            return u.op().text() + print(u.x());
        } else if (e instanceof CompositeLit c) {
            return (c.type() == null ? "" : print(c.type())) + (c.elts().isEmpty() ? "{}" : "{…}");
        } else if (e instanceof KeyValueExpr kv) {
            return print(kv.key()) + ": " + print(kv.value());
        } else if (e instanceof StarExpr s) {
            return "*" + print(s.x());
        } else if (e instanceof BinaryExpr b) {
            return print(b.x()) + " " + b.op().text() + " " + print(b.y());
        } else if (e instanceof TypeOperand t) {
            return print(t.type());
        } else if (e instanceof BadExpr) {
            return "_";
        }
        throw new AssertionError(e);
    }

    private static String list(List<Expr> es) {
        return es.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    private static String opt(Expr e) {
        return e == null ? "" : print(e);
    }

    /** A comma-separated list, as gc prints the sides of an assignment. */
    public static String printList(java.util.List<Expr> list) {
        return list.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    public static String print(TypeExpr t) {
        if (t instanceof TypeName n) {
            String base = (n.pkg() == null ? "" : n.pkg().name() + ".") + n.name().name();
            return n.typeArgs().isEmpty() ? base
                    : base + "[" + n.typeArgs().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + "]";
        } else if (t instanceof InterfaceType i) {
            return interfaceText(i);
        } else if (t instanceof FuncType f) {
            return "func" + signature(f);
        } else if (t instanceof ArrayType a) {
            return "[" + (a.length() == null ? "..." : print(a.length())) + "]" + print(a.elem());
        } else if (t instanceof SliceType s) {
            return "[]" + print(s.elem());
        } else if (t instanceof MapType m) {
            return "map[" + print(m.key()) + "]" + print(m.value());
        } else if (t instanceof ChanType c) {
            String prefix = c.dir() == ChanType.Dir.SEND ? "chan<- " : c.dir() == ChanType.Dir.RECV ? "<-chan " : "chan ";
            return prefix + print(c.elem());
        } else if (t instanceof PointerType p) {
            return "*" + print(p.elem());
        } else if (t instanceof StructType s) {
            return "struct{" + s.fields().stream().map(ExprPrinter::field).collect(Collectors.joining("; ")) + "}";
        } else if (t instanceof UnionType u) {
            return u.terms().stream().map(x -> (x.tilde() ? "~" : "") + print(x.type())).collect(Collectors.joining(" | "));
        }
        return "_";
    }

    /** A signature without the leading {@code func}: {@code (int, ...string) (bool, error)}. */
    public static String signature(FuncType f) {
        String ps = f.params().stream().map(ExprPrinter::param).collect(Collectors.joining(", "));
        String rs = f.results().stream().map(ExprPrinter::param).collect(Collectors.joining(", "));
        return "(" + ps + ")" + (f.results().isEmpty() ? "" : f.results().size() == 1 && f.results().get(0).name() == null
                ? " " + rs : " (" + rs + ")");
    }

    private static String param(Field p) {
        return (p.name() == null ? "" : p.name().name() + " ") + (p.variadic() ? "..." : "") + print(p.type());
    }

    private static String field(FieldDecl f) {
        String names = f.names().stream().map(Ident::name).collect(Collectors.joining(", "));
        return (names.isEmpty() ? "" : names + " ") + print(f.type()) + (f.tag() == null ? "" : " " + f.tag().text());
    }

    private static String interfaceText(InterfaceType i) {
        String ms = i.methods().stream().map(m -> m.name().name() + signature(m.type())).collect(Collectors.joining("; "));
        String es = i.embeddeds().stream().map(ExprPrinter::print).collect(Collectors.joining("; "));
        String body = ms.isEmpty() ? es : es.isEmpty() ? ms : ms + "; " + es;
        return "interface{" + body + "}";
    }
}
