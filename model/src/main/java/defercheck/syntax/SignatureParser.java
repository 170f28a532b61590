package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/** The Signature, Parameters and TypeParameters rules of the Go spec. */
final class SignatureParser {

    private final Parser p;
    private final TokenCursor in;

    SignatureParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** Signature = Parameters [ Result ] . Result = Parameters | Type . */
    FuncType signature(Span start) {
        List<Field> params = parameters();
        List<Field> results = List.of();
        if (in.at(TokenKind.LPAREN)) {
            results = parameters();
        } else if (p.types.atTypeStart()) {
            TypeExpr t = p.types.type();
            results = List.of(new Field(null, t, t.span()));
        }
        return new FuncType(params, results, start.to(in.prev()));
    }

    /** Parameters = "(" [ ParameterList [ "," ] ] ")" . */
    List<Field> parameters() {
        in.want(TokenKind.LPAREN);
        in.enter();
        List<Field> entries = new ArrayList<>();
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            entries.add(parameterDecl());
            if (!in.got(TokenKind.COMMA) || in.consumed() == before) {
                break;
            }
        }
        in.leave();
        if (!in.at(TokenKind.RPAREN)) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected )");
            while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF) && !in.at(TokenKind.LBRACE)
                    && !in.at(TokenKind.SEMICOLON)) {
                in.next();
            }
        }
        in.got(TokenKind.RPAREN);
        return groupParameters(entries);
    }

    /** ParameterDecl = [ IdentifierList ] [ "..." ] Type, one entry at a time; names are grouped later. */
    private Field parameterDecl() {
        Span start = in.tok().span();
        if (in.at(TokenKind.ELLIPSIS)) {
            in.next();
            TypeExpr t = p.types.type();
            return new Field(null, t, start.to(in.prev()), true);
        }
        if (in.at(TokenKind.IDENT) && in.peek().kind() == TokenKind.LBRACK && in.peek2().kind() != TokenKind.RBRACK
                && in.peek2().kind() != TokenKind.ELLIPSIS) {
            return arrayParamOrInstance(start);
        }
        if (in.at(TokenKind.IDENT) && in.peek().kind() != TokenKind.PERIOD) {
            Ident name = p.ident();
            if (in.got(TokenKind.ELLIPSIS)) {
                return new Field(name, p.types.type(), start.to(in.prev()), true);
            }
            if (p.types.atTypeStart()) {
                return new Field(name, p.types.type(), start.to(in.prev()));
            }
            return new Field(null, new TypeName(name, name.span()), name.span());
        }
        TypeExpr t = p.types.type();
        return new Field(null, t, t.span());
    }

    /**
     * {@code name [x]...}: a parameter {@code a [N]T}, or an unnamed parameter of an instantiated generic type
     * {@code List[int]} (go/parser parseArrayFieldOrTypeInstance): an element type after the bracket makes it
     * an array.
     */
    private Field arrayParamOrInstance(Span start) {
        Ident name = p.ident();
        Span lbrack = in.tok().span();
        in.enter();
        in.next();
        List<defercheck.syntax.ast.Expr> args = new ArrayList<>();
        while (!in.at(TokenKind.RBRACK) && !in.at(TokenKind.EOF)) {
            args.add(p.exprs.expr());
            if (!in.got(TokenKind.COMMA)) {
                break;
            }
        }
        in.want(TokenKind.RBRACK);
        in.leave();
        if (args.size() == 1 && p.types.atTypeStart()) {
            return new Field(name, p.types.arrayRest(lbrack, args.get(0)), start.to(in.prev()));
        }
        List<TypeExpr> typeArgs = new ArrayList<>();
        args.forEach(a -> typeArgs.add(p.exprs.asType(a)));
        TypeExpr t = new TypeName(null, name, typeArgs, start.to(in.prev()));
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
            if (f.name() == null && f.type() instanceof TypeName tn && tn.pkg() == null && tn.typeArgs().isEmpty()
                    && !f.variadic()) {
                pending.add(tn.name());
            } else if (f.name() == null) {
                in.syntaxErrorAt(f.span(), "mixed named and unnamed parameters");
            } else {
                for (Ident name : pending) {
                    out.add(new Field(name, f.type(), name.span(), f.variadic()));
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

    /** TypeParameters = "[" TypeParamList [ "," ] "]" . TypeParamDecl = IdentifierList TypeConstraint . */
    List<Field> typeParameters() {
        in.enter();
        in.want(TokenKind.LBRACK);
        List<Field> out = new ArrayList<>();
        List<Ident> pending = new ArrayList<>();
        while (!in.at(TokenKind.RBRACK) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            pending.add(p.ident());
            if (!in.at(TokenKind.COMMA)) {
                TypeExpr constraint = p.types.constraint();
                for (Ident name : pending) {
                    out.add(new Field(name, constraint, name.span()));
                }
                pending.clear();
            }
            if (!in.got(TokenKind.COMMA) || in.consumed() == before) {
                break;
            }
        }
        if (!pending.isEmpty()) {
            in.syntaxErrorAt(pending.get(0).span(), "missing type constraint");
        }
        in.want(TokenKind.RBRACK);
        in.leave();
        return out;
    }
}
