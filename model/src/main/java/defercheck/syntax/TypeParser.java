package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadType;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.InterfaceType;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/** The Type and Signature rules of the Go spec. Types outside the subset (slices, maps, channels, structs with fields) are reported and skipped. */
final class TypeParser {

    private final Parser p;
    private final TokenCursor in;

    TypeParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** Type = TypeName | TypeLit | "(" Type ")" . */
    TypeExpr type() {
        Span start = in.tok().span();
        switch (in.kind()) {
            case IDENT:
                return typeName();
            case INTERFACE:
                return interfaceType();
            case FUNC:
                in.next();
                return signature(start);
            case LPAREN:
                return parenType();
            case LBRACK:
                return arrayType();
            case MUL:
                return pointerType();
            case MAP:
            case CHAN:
            case STRUCT:
                return structType();
            case ARROW:
                return unsupportedType();
            default:
                in.syntaxError("unexpected " + in.tok().describe() + ", expected type");
                return new BadType(start);
        }
    }

    /** Whether the current token can start a Type. */
    boolean atTypeStart() {
        switch (in.kind()) {
            case IDENT: case INTERFACE: case FUNC: case LPAREN: case LBRACK: case MAP: case CHAN:
            case ARROW: case MUL: case STRUCT:
                return true;
            default:
                return false;
        }
    }

    private TypeExpr typeName() {
        Ident name = p.ident();
        if (in.at(TokenKind.PERIOD)) {
            in.next();
            Ident sel = p.ident();
            in.unsupported(name.span(), "type " + name.name() + "." + sel.name());
            return new BadType(name.span());
        }
        return new TypeName(name, name.span());
    }

    /** InterfaceType = "interface" "{" "}" in the subset: only the empty interface. */
    private TypeExpr interfaceType() {
        Span start = in.next().span();
        in.want(TokenKind.LBRACE);
        if (!in.at(TokenKind.RBRACE)) {
            in.unsupported(start, "non-empty interface type");
            p.stmts.skipBalanced(TokenKind.LBRACE, TokenKind.RBRACE, 1);
            return new BadType(start);
        }
        in.next();
        return new InterfaceType(start.to(in.prev()));
    }

    private TypeExpr parenType() {
        in.enter();
        in.next();
        TypeExpr t = type();
        in.want(TokenKind.RPAREN);
        in.leave();
        return t;
    }

    /** ArrayType = "[" ArrayLength "]" ElementType . A slice type {@code []T} is reported and skipped. */
    private TypeExpr arrayType() {
        Span start = in.tok().span();
        in.enter();
        in.next();
        if (in.at(TokenKind.RBRACK) || in.at(TokenKind.ELLIPSIS)) {
            in.unsupported(start, in.at(TokenKind.RBRACK) ? "slice types" : "[...] array types");
            in.got(TokenKind.ELLIPSIS);
            in.want(TokenKind.RBRACK);
            type();
            in.leave();
            return new BadType(start.to(in.prev()));
        }
        Expr length = p.exprs.expr();
        in.want(TokenKind.RBRACK);
        TypeExpr elem = type();
        in.leave();
        return new ArrayType(length, elem, start.to(in.prev()));
    }

    /** PointerType = "*" BaseType . */
    private TypeExpr pointerType() {
        Span start = in.tok().span();
        in.enter();
        in.next();
        TypeExpr elem = type();
        in.leave();
        return new PointerType(elem, start.to(in.prev()));
    }

    /** StructType = "struct" "{" "}" in the subset: struct types with fields are reported and skipped. */
    private TypeExpr structType() {
        Span start = in.next().span();
        in.want(TokenKind.LBRACE);
        if (!in.at(TokenKind.RBRACE)) {
            in.unsupported(start, "struct types with fields");
            p.stmts.skipBalanced(TokenKind.LBRACE, TokenKind.RBRACE, 1);
            return new BadType(start);
        }
        in.next();
        return new StructType(start.to(in.prev()));
    }

    /** Maps and channels: reported, then skipped with their element type. */
    private TypeExpr unsupportedType() {
        Span start = in.tok().span();
        TokenKind k = in.kind();
        String what = k == TokenKind.MAP ? "map types" : "channel types";
        in.unsupported(start, what);
        in.enter();
        in.next();
        if (k == TokenKind.MAP && in.got(TokenKind.LBRACK)) {
            p.stmts.skipBalanced(TokenKind.LBRACK, TokenKind.RBRACK, 1);
        }
        if (k == TokenKind.CHAN) {
            in.got(TokenKind.ARROW);
        }
        if (atTypeStart()) {
            type();
        }
        in.leave();
        return new BadType(start.to(in.prev()));
    }

    /** Signature = Parameters [ Result ] . Result = Parameters | Type . */
    FuncType signature(Span start) {
        List<Field> params = parameters();
        List<Field> results = List.of();
        if (in.at(TokenKind.LPAREN)) {
            results = parameters();
        } else if (atTypeStart()) {
            TypeExpr t = type();
            results = List.of(new Field(null, t, t.span()));
        }
        return new FuncType(params, results, start.to(in.prev()));
    }

    /** Parameters = "(" [ ParameterList [ "," ] ] ")" . */
    List<Field> parameters() {
        in.want(TokenKind.LPAREN);
        List<Field> entries = new ArrayList<>();
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            entries.add(parameterDecl());
            if (!in.got(TokenKind.COMMA)) {
                break;
            }
            if (in.consumed() == before) {
                break;
            }
        }
        in.want(TokenKind.RPAREN);
        return groupParameters(entries);
    }

    /** ParameterDecl = [ IdentifierList ] [ "..." ] Type, one entry at a time; names are grouped later. */
    private Field parameterDecl() {
        Span start = in.tok().span();
        if (in.at(TokenKind.ELLIPSIS)) {
            in.unsupported(start, "variadic parameters");
            in.next();
        }
        if (in.at(TokenKind.IDENT) && in.peek().kind() != TokenKind.PERIOD) {
            Ident name = p.ident();
            if (in.at(TokenKind.ELLIPSIS)) {
                in.unsupported(in.tok().span(), "variadic parameters");
                in.next();
            }
            if (atTypeStart()) {
                return new Field(name, type(), start.to(in.prev()));
            }
            return new Field(null, new TypeName(name, name.span()), name.span());
        }
        TypeExpr t = type();
        return new Field(null, t, t.span());
    }

    /** In {@code (a, b int)} the bare {@code a} is a name that shares the type of the next named entry. */
    private List<Field> groupParameters(List<Field> entries) {
        if (entries.stream().noneMatch(f -> f.name() != null)) {
            return entries;
        }
        List<Field> out = new ArrayList<>();
        List<Ident> pending = new ArrayList<>();
        for (Field f : entries) {
            if (f.name() == null && f.type() instanceof TypeName) {
                pending.add(((TypeName) f.type()).name());
            } else if (f.name() == null) {
                in.syntaxErrorAt(f.span(), "mixed named and unnamed parameters");
            } else {
                for (Ident name : pending) {
                    out.add(new Field(name, f.type(), name.span()));
                }
                pending.clear();
                out.add(f);
            }
        }
        if (!pending.isEmpty()) {
            in.syntaxErrorAt(pending.get(0).span(), "mixed named and unnamed parameters");
        }
        return out;
    }
}
