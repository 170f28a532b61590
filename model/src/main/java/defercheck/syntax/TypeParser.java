package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadType;
import defercheck.syntax.ast.ChanType;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FieldDecl;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.InterfaceType;
import defercheck.syntax.ast.MapType;
import defercheck.syntax.ast.MethodSpec;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.SliceType;
import defercheck.syntax.ast.StringLit;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import defercheck.syntax.ast.UnionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Type rules of the Go spec: every type literal, qualified and instantiated type names, and the
 * constraint elements of interfaces. Whether a type is supported is the checker's business.
 * Signatures and parameter lists are in {@link SignatureParser}.
 */
final class TypeParser {

    private final Parser p;
    private final TokenCursor in;

    TypeParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" . */
    TypeExpr type() {
        Span start = in.tok().span();
        return switch (in.kind()) {
            case IDENT -> typeName();
            case INTERFACE -> interfaceType();
            case FUNC -> {
                in.next();
                in.enter();
                FuncType sig = p.sigs.signature(start);
                in.leave();
                yield sig;
            }
            case LPAREN -> parenType();
            case LBRACK -> arrayOrSliceType();
            case MUL -> pointerType();
            case MAP -> mapType();
            case CHAN, ARROW -> chanType();
            case STRUCT -> structType();
            default -> {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected type");
                yield new BadType(start);
            }
        };
    }

    /** Whether the current token can start a Type. */
    boolean atTypeStart() {
        return switch (in.kind()) {
            case IDENT, INTERFACE, FUNC, LPAREN, LBRACK, MAP, CHAN,
                    ARROW, MUL, STRUCT -> true;
            default -> false;
        };
    }

    /** TypeName = identifier | QualifiedIdent ; followed by TypeArgs for an instantiated generic type. */
    TypeExpr typeName() {
        Ident name = p.ident();
        Ident pkg = null;
        if (in.at(TokenKind.PERIOD)) {
            in.next();
            pkg = name;
            name = p.ident();
        }
        List<TypeExpr> args = List.of();
        if (in.at(TokenKind.LBRACK)) {
            args = typeArgs();
        }
        Span start = pkg != null ? pkg.span() : name.span();
        return new TypeName(pkg, name, args, start.to(in.prev()));
    }

    /** TypeArgs = "[" TypeList [ "," ] "]" . */
    List<TypeExpr> typeArgs() {
        in.enter();
        in.next();
        List<TypeExpr> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACK) && !in.at(TokenKind.EOF)) {
            out.add(type());
            if (!in.got(TokenKind.COMMA)) {
                break;
            }
        }
        in.want(TokenKind.RBRACK);
        in.leave();
        return out;
    }

    private TypeExpr parenType() {
        in.enter();
        in.next();
        TypeExpr t = type();
        in.want(TokenKind.RPAREN);
        in.leave();
        return t;
    }

    /** ArrayType = "[" ArrayLength "]" ElementType . SliceType = "[" "]" ElementType . Also {@code [...]T}. */
    private TypeExpr arrayOrSliceType() {
        Span start = in.tok().span();
        in.enter();
        in.next();
        TypeExpr t;
        if (in.got(TokenKind.RBRACK)) {
            t = new SliceType(type(), start.to(in.prev()));
        } else if (in.at(TokenKind.ELLIPSIS)) {
            in.next();
            in.want(TokenKind.RBRACK);
            t = new ArrayType(null, type(), start.to(in.prev()));
        } else {
            int outer = p.exprs.exprLev;
            p.exprs.exprLev = 1;
            Expr length = p.exprs.expr();
            p.exprs.exprLev = outer;
            in.want(TokenKind.RBRACK);
            t = new ArrayType(length, type(), start.to(in.prev()));
        }
        in.leave();
        return t;
    }

    /** The rest of an array type whose {@code [length]} is already parsed (a struct field {@code a [N]T}). */
    TypeExpr arrayRest(Span start, Expr length) {
        return new ArrayType(length, type(), start.to(in.prev()));
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

    /** MapType = "map" "[" KeyType "]" ElementType . */
    private TypeExpr mapType() {
        Span start = in.next().span();
        in.enter();
        in.want(TokenKind.LBRACK);
        TypeExpr key = type();
        in.want(TokenKind.RBRACK);
        TypeExpr value = type();
        in.leave();
        return new MapType(key, value, start.to(in.prev()));
    }

    /** ChannelType = ( "chan" | "chan" "&lt;-" | "&lt;-" "chan" ) ElementType . */
    TypeExpr chanType() {
        Span start = in.tok().span();
        ChanType.Dir dir = ChanType.Dir.BOTH;
        in.enter();
        if (in.got(TokenKind.ARROW)) {
            dir = ChanType.Dir.RECV;
            in.want(TokenKind.CHAN);
        } else {
            in.next();
            if (in.got(TokenKind.ARROW)) {
                dir = ChanType.Dir.SEND;
            }
        }
        TypeExpr elem = type();
        in.leave();
        return new ChanType(dir, elem, start.to(in.prev()));
    }

    /** StructType = "struct" "{" { FieldDecl ";" } "}" . */
    private TypeExpr structType() {
        Span start = in.next().span();
        in.enter();
        in.want(TokenKind.LBRACE);
        List<FieldDecl> fields = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            FieldDecl f = fieldDecl();
            if (f != null) {
                fields.add(f);
            }
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RBRACE)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or }");
                p.stmts.skipStatement();
                in.got(TokenKind.SEMICOLON);
            }
            if (in.consumed() == before) {
                in.next();
            }
        }
        in.want(TokenKind.RBRACE);
        in.leave();
        return new StructType(fields, start.to(in.prev()));
    }

    /** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . EmbeddedField = [ "*" ] TypeName [ TypeArgs ] . */
    private FieldDecl fieldDecl() {
        Span start = in.tok().span();
        if (in.at(TokenKind.MUL)) {
            TypeExpr t = pointerType();
            return new FieldDecl(List.of(), t, tag(), start.to(in.prev()));
        }
        if (!in.at(TokenKind.IDENT)) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected field name or embedded type");
            return null;
        }
        if (in.peek().kind() == TokenKind.PERIOD || in.peek().kind() == TokenKind.SEMICOLON
                || in.peek().kind() == TokenKind.RBRACE || in.peek().kind() == TokenKind.STRING) {
            TypeExpr t = typeName();
            return new FieldDecl(List.of(), t, tag(), start.to(in.prev()));
        }
        List<Ident> names = new ArrayList<>();
        names.add(p.ident());
        if (in.at(TokenKind.LBRACK) && names.size() == 1) {
            return arrayFieldOrInstance(names.get(0), start);
        }
        while (in.got(TokenKind.COMMA)) {
            names.add(p.ident());
        }
        TypeExpr t = type();
        return new FieldDecl(names, t, tag(), start.to(in.prev()));
    }

    /**
     * {@code name [` ... `]}: a field {@code a [N]T} or {@code a []T}, or an embedded instantiated type
     * {@code List[int]} (go/parser parseArrayFieldOrTypeInstance): an element type after the bracket makes it a field.
     */
    private FieldDecl arrayFieldOrInstance(Ident name, Span start) {
        Span lbrack = in.tok().span();
        if (in.peek().kind() == TokenKind.RBRACK || in.peek().kind() == TokenKind.ELLIPSIS) {
            TypeExpr t = type();
            return new FieldDecl(List.of(name), t, tag(), start.to(in.prev()));
        }
        in.enter();
        in.next();
        List<Expr> args = new ArrayList<>();
        while (!in.at(TokenKind.RBRACK) && !in.at(TokenKind.EOF)) {
            args.add(p.exprs.expr());
            if (!in.got(TokenKind.COMMA)) {
                break;
            }
        }
        in.want(TokenKind.RBRACK);
        in.leave();
        if (args.size() == 1 && atTypeStart()) {
            TypeExpr t = arrayRest(lbrack, args.get(0));
            return new FieldDecl(List.of(name), t, tag(), start.to(in.prev()));
        }
        List<TypeExpr> typeArgs = new ArrayList<>();
        for (Expr a : args) {
            typeArgs.add(p.exprs.asType(a));
        }
        TypeName t = new TypeName(null, name, typeArgs, start.to(in.prev()));
        return new FieldDecl(List.of(), t, tag(), start.to(in.prev()));
    }

    private StringLit tag() {
        if (!in.at(TokenKind.STRING)) {
            return null;
        }
        Token t = in.next();
        return new StringLit(t.value(), t.text(), t.span());
    }

    /**
     * InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . InterfaceElem = MethodElem | TypeElem .
     * TypeElem = TypeTerm { "|" TypeTerm } .
     */
    private TypeExpr interfaceType() {
        Span start = in.next().span();
        in.enter();
        in.want(TokenKind.LBRACE);
        List<MethodSpec> methods = new ArrayList<>();
        List<TypeExpr> embeddeds = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            if (in.at(TokenKind.IDENT) && in.peek().kind() == TokenKind.LPAREN) {
                Ident name = p.ident();
                FuncType sig = p.sigs.signature(name.span());
                methods.add(new MethodSpec(name, sig, name.span().to(in.prev())));
            } else {
                embeddeds.add(constraint());
            }
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RBRACE)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or }");
                p.stmts.skipStatement();
                in.got(TokenKind.SEMICOLON);
            }
            if (in.consumed() == before) {
                in.next();
            }
        }
        in.want(TokenKind.RBRACE);
        in.leave();
        return new InterfaceType(methods, embeddeds, start.to(in.prev()));
    }

    /** A type constraint: a union of terms {@code ~T | U}, or a single type. */
    TypeExpr constraint() {
        Span start = in.tok().span();
        List<UnionType.Term> terms = new ArrayList<>();
        do {
            Span at = in.tok().span();
            boolean tilde = in.got(TokenKind.TILDE);
            TypeExpr t = type();
            terms.add(new UnionType.Term(tilde, t, at.to(in.prev())));
        } while (in.got(TokenKind.OR));
        if (terms.size() == 1 && !terms.get(0).tilde()) {
            return terms.get(0).type();
        }
        return new UnionType(terms, start.to(in.prev()));
    }
}
