package defercheck.syntax;

import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadExpr;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.InterfaceType;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.StringLit;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import defercheck.syntax.ast.TypeOperand;
import defercheck.syntax.ast.UnaryExpr;
import java.util.stream.Collectors;

/** Prints an expression the way gc quotes it in messages ({@code x + s}, {@code f()}, {@code func literal}). */
public final class ExprPrinter {

    private ExprPrinter() {
    }

    public static String print(Expr e) {
        if (e instanceof Ident) {
            return ((Ident) e).name();
        } else if (e instanceof IntLit) {
            return ((IntLit) e).text();
        } else if (e instanceof StringLit) {
            return ((StringLit) e).text();
        } else if (e instanceof FuncLit) {
            return "func literal";
        } else if (e instanceof ParenExpr) {
            return "(" + print(((ParenExpr) e).x()) + ")";
        } else if (e instanceof SelectorExpr) {
            return print(((SelectorExpr) e).x()) + "." + ((SelectorExpr) e).sel().name();
        } else if (e instanceof CallExpr) {
            CallExpr c = (CallExpr) e;
            return print(c.fun()) + "(" + c.args().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof TypeAssertExpr) {
            TypeAssertExpr a = (TypeAssertExpr) e;
            return print(a.x()) + ".(" + (a.type() == null ? "type" : print(a.type())) + ")";
        } else if (e instanceof UnaryExpr) {
            return ((UnaryExpr) e).op().text() + print(((UnaryExpr) e).x());
        } else if (e instanceof CompositeLit) {
            CompositeLit c = (CompositeLit) e;
            return print(c.type()) + (c.elts().isEmpty() ? "{}" : "{…}");
        } else if (e instanceof StarExpr) {
            return "*" + print(((StarExpr) e).x());
        } else if (e instanceof BinaryExpr) {
            BinaryExpr b = (BinaryExpr) e;
            return print(b.x()) + " " + b.op().text() + " " + print(b.y());
        } else if (e instanceof TypeOperand) {
            return print(((TypeOperand) e).type());
        } else if (e instanceof BadExpr) {
            return "_";
        }
        throw new AssertionError(e);
    }

    /** A comma-separated list, as gc prints the sides of an assignment. */
    public static String printList(java.util.List<Expr> list) {
        return list.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    public static String print(TypeExpr t) {
        if (t instanceof TypeName) {
            return ((TypeName) t).name().name();
        } else if (t instanceof InterfaceType) {
            return "interface{}";
        } else if (t instanceof FuncType) {
            FuncType f = (FuncType) t;
            String ps = f.params().stream().map(p -> print(p.type())).collect(Collectors.joining(", "));
            String rs = f.results().stream().map(p -> print(p.type())).collect(Collectors.joining(", "));
            return "func(" + ps + ")" + (f.results().isEmpty() ? "" : f.results().size() == 1 ? " " + rs : " (" + rs + ")");
        } else if (t instanceof ArrayType) {
            return "[" + print(((ArrayType) t).length()) + "]" + print(((ArrayType) t).elem());
        } else if (t instanceof PointerType) {
            return "*" + print(((PointerType) t).elem());
        } else if (t instanceof StructType) {
            return "struct{}";
        }
        return "_";
    }
}
