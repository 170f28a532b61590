package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.ArrayType;
import defercheck.syntax.ast.BadExpr;
import defercheck.syntax.ast.BadType;
import defercheck.syntax.ast.BinaryExpr;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CompositeLit;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FloatLit;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.ImagLit;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.IntLit;
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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Expression rules of the Go spec, with precedence climbing over the five binary precedence levels.
 * Types may appear where expressions do (conversions, composite literals, builtin arguments, type arguments).
 * {@code height} tracks the height of the tree just built, so that left-nested chains built by loops
 * (a+b+c..., f()()...) count against the nesting limit like recursion does.
 */
final class ExprParser {

    private final Parser p;
    private final TokenCursor in;
    private int height;
    /**
     * go/parser's exprLev: negative in the header of an if, for or switch statement, where a brace after a type
     * name starts the block rather than a composite literal (unless the literal is inside parentheses).
     */
    int exprLev;

    ExprParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** ExpressionList = Expression { "," Expression } . */
    List<Expr> exprList() {
        List<Expr> out = new ArrayList<>();
        do {
            out.add(expr());
        } while (in.got(TokenKind.COMMA));
        return out;
    }

    /** Expression = UnaryExpr | Expression binary_op Expression . */
    Expr expr() {
        return binaryExpr(1);
    }

    private Expr binaryExpr(int minPrecedence) {
        Expr x = unaryExpr();
        int h = height;
        while (in.kind().precedence() >= minPrecedence) {
            Token op = in.next();
            Expr y = binaryExpr(op.kind().precedence() + 1);
            h = grow(Math.max(h, height));
            x = new BinaryExpr(op.kind(), x, y, x.span().to(y.span()));
        }
        height = h;
        return x;
    }

    private int grow(int h) {
        in.chain(h + 1);
        return h + 1;
    }

    /** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
    private Expr unaryExpr() {
        Span start = in.tok().span();
        return switch (in.kind()) {
            case ADD, SUB, NOT, XOR, AND -> {
                TokenKind op = in.next().kind();
                Expr x = nested();
                yield new UnaryExpr(op, x, start.to(x.span()));
            }
            case MUL -> {
                in.next();
                Expr x = nested();
                yield new StarExpr(x, start.to(x.span()));
            }
            case ARROW -> {
                if (in.peek().kind() == TokenKind.CHAN) {
                    yield primaryExpr(typeOperand());
                }
                in.next();
                Expr x = nested();
                yield new UnaryExpr(TokenKind.ARROW, x, start.to(x.span()));
            }
            default -> primaryExpr(operand());
        };
    }

    private Expr nested() {
        in.enter();
        Expr x = unaryExpr();
        in.leave();
        height = grow(height);
        return x;
    }

    /** PrimaryExpr = Operand | PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments ) | CompositeLit . */
    private Expr primaryExpr(Expr operand) {
        Expr x = operand;
        int h = height;
        while (true) {
            if (in.at(TokenKind.PERIOD)) {
                x = selectorOrAssertion(x);
                h = grow(Math.max(h, height));
            } else if (in.at(TokenKind.LPAREN)) {
                x = arguments(x, h);
                h = height;
            } else if (in.at(TokenKind.LBRACE) && isLiteralType(x)) {
                x = compositeLit(x);
                h = grow(Math.max(h, height));
            } else if (in.at(TokenKind.LBRACK)) {
                x = indexOrSlice(x);
                h = grow(Math.max(h, height));
            } else {
                height = h;
                return x;
            }
        }
    }

    /** go/parser isLiteralType, with its rule that a type name takes braces only outside control clauses. */
    private boolean isLiteralType(Expr x) {
        if (x instanceof TypeOperand t) {
            return t.type() instanceof ArrayType || t.type() instanceof SliceType || t.type() instanceof StructType
                    || t.type() instanceof MapType;
        }
        if (x instanceof Ident || x instanceof IndexExpr) {
            return exprLev >= 0;
        }
        return x instanceof SelectorExpr s && s.x() instanceof Ident && exprLev >= 0;
    }

    /** CompositeLit = LiteralType LiteralValue ; the type is null for an elided element type. */
    private Expr compositeLit(Expr type) {
        in.enter();
        Span lbrace = in.next().span();
        int outer = exprLev;
        exprLev = 0;
        List<Expr> elts = new ArrayList<>();
        int h = 0;
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            elts.add(element());
            h = Math.max(h, height);
            if (!in.got(TokenKind.COMMA)) {
                if (!in.at(TokenKind.RBRACE)) {
                    in.syntaxError("unexpected " + in.tok().describe() + " in composite literal; possibly missing comma or }");
                    p.stmts.skipBalanced(TokenKind.LBRACE, TokenKind.RBRACE, 1);
                    exprLev = outer;
                    in.leave();
                    return new BadExpr(type == null ? lbrace : type.span());
                }
                break;
            }
            if (in.consumed() == before) {
                break;
            }
        }
        exprLev = outer;
        Span rbrace = in.tok().span();
        in.want(TokenKind.RBRACE);
        in.leave();
        height = h;
        Span start = type == null ? lbrace : type.span();
        return new CompositeLit(type, elts, start.to(in.prev()), rbrace);
    }

    /** KeyedElement = [ Key ":" ] Element . Element = Expression | LiteralValue . */
    private Expr element() {
        Expr k = in.at(TokenKind.LBRACE) ? compositeLit(null) : expr();
        if (!in.got(TokenKind.COLON)) {
            return k;
        }
        Expr v = in.at(TokenKind.LBRACE) ? compositeLit(null) : expr();
        return new KeyValueExpr(k, v, k.span().to(v.span()));
    }

    private Expr selectorOrAssertion(Expr x) {
        in.next();
        if (in.at(TokenKind.IDENT)) {
            Ident sel = p.ident();
            height = 0;
            return new SelectorExpr(x, sel, x.span().to(sel.span()));
        }
        if (!in.got(TokenKind.LPAREN)) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected name or (");
            return new BadExpr(x.span());
        }
        TypeExpr t = null;
        if (!in.got(TokenKind.TYPE)) {
            t = p.types.type();
        }
        in.want(TokenKind.RPAREN);
        height = 0;
        return new TypeAssertExpr(x, t, x.span().to(in.prev()));
    }

    /** Index = "[" Expression "]" . Slice = "[" [ lo ] ":" [ hi ] [ ":" max ] "]" . TypeArgs = "[" Types "]" . */
    private Expr indexOrSlice(Expr x) {
        Span lbrack = in.next().span();
        in.enter();
        int outer = exprLev;
        exprLev++;
        Expr first = in.at(TokenKind.COLON) ? null : expr();
        Expr result;
        if (in.at(TokenKind.COLON)) {
            result = sliceRest(x, first, lbrack);
        } else {
            List<Expr> indices = new ArrayList<>();
            indices.add(first);
            while (in.got(TokenKind.COMMA) && !in.at(TokenKind.RBRACK)) {
                indices.add(expr());
            }
            in.want(TokenKind.RBRACK);
            result = new IndexExpr(x, indices, x.span().to(in.prev()), lbrack);
        }
        exprLev = outer;
        in.leave();
        return result;
    }

    private Expr sliceRest(Expr x, Expr lo, Span lbrack) {
        in.next();
        Expr hi = in.at(TokenKind.COLON) || in.at(TokenKind.RBRACK) ? null : expr();
        Expr max = null;
        boolean full = false;
        if (in.got(TokenKind.COLON)) {
            full = true;
            if (hi == null) {
                in.syntaxError("middle index required in 3-index slice");
            }
            if (in.at(TokenKind.RBRACK)) {
                in.syntaxError("final index required in 3-index slice");
            } else {
                max = expr();
            }
        }
        in.want(TokenKind.RBRACK);
        return new SliceExpr(x, lo, hi, max, full, x.span().to(in.prev()), lbrack);
    }

    /** Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" . */
    private Expr arguments(Expr fun, int funHeight) {
        Span lparen = in.next().span();
        List<Expr> args = new ArrayList<>();
        Span ellipsis = null;
        int h = funHeight;
        in.enter();
        int outer = exprLev;
        exprLev++;
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            args.add(expr());
            h = Math.max(h, height);
            if (in.at(TokenKind.ELLIPSIS)) {
                ellipsis = in.next().span();
            }
            if (!in.got(TokenKind.COMMA) || in.consumed() == before) {
                break;
            }
        }
        exprLev = outer;
        in.leave();
        Span rparen = in.tok().span();
        if (!in.got(TokenKind.RPAREN)) {
            in.syntaxError("unexpected " + in.tok().describe() + " in argument list; possibly missing comma or )");
        }
        height = grow(h);
        return new CallExpr(fun, args, fun.span().to(in.prev()), lparen, rparen, ellipsis);
    }

    /** Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" ; also type literals. */
    private Expr operand() {
        height = 0;
        Token t = in.tok();
        return switch (t.kind()) {
            case INT -> {
                in.next();
                yield new IntLit(intValue(t.text()), t.text(), t.span());
            }
            case FLOAT -> {
                in.next();
                yield new FloatLit(t.text(), t.span());
            }
            case IMAG -> {
                in.next();
                yield new ImagLit(t.text(), t.span());
            }
            case CHAR -> {
                in.next();
                yield new RuneLit(t.value() == null ? 0 : Integer.parseInt(t.value()), t.text(), t.span());
            }
            case STRING -> {
                in.next();
                yield new StringLit(t.value(), t.text(), t.span());
            }
            case IDENT -> p.ident();
            case LPAREN -> parenExpr();
            case FUNC -> funcLitOrType();
            case LBRACK, MAP, CHAN, STRUCT, INTERFACE -> typeOperand();
            default -> {
                in.syntaxError("unexpected " + t.describe() + ", expected expression");
                yield new BadExpr(t.span());
            }
        };
    }

    /** A type literal as an operand: a conversion such as {@code []byte(s)} or the type of a composite literal. */
    private Expr typeOperand() {
        TypeExpr type = p.types.type();
        return new TypeOperand(type, type.span());
    }

    private Expr parenExpr() {
        Span start = in.next().span();
        in.enter();
        int outer = exprLev;
        exprLev++;
        Expr x = expr();
        exprLev = outer;
        in.leave();
        in.want(TokenKind.RPAREN);
        height = grow(height);
        return new ParenExpr(x, start.to(in.prev()));
    }

    /** FunctionLit = "func" Signature FunctionBody ; without a body it is a func type (a conversion). */
    private Expr funcLitOrType() {
        Span start = in.next().span();
        in.enter();
        FuncType sig = p.sigs.signature(start);
        Expr result;
        if (in.at(TokenKind.LBRACE)) {
            int outer = exprLev;
            exprLev = 0;
            Block body = p.stmts.block();
            exprLev = outer;
            result = new FuncLit(sig, body, start.to(in.prev()));
        } else {
            result = new TypeOperand(sig, sig.span());
        }
        in.leave();
        height = 1;
        return result;
    }

    /**
     * An expression parsed where a type turned out to be meant (an embedded generic field's type arguments):
     * names, qualified names, pointers and instantiations; anything else is a syntax error.
     */
    TypeExpr asType(Expr e) {
        if (e instanceof TypeOperand t) {
            return t.type();
        } else if (e instanceof Ident id) {
            return new TypeName(id, id.span());
        } else if (e instanceof SelectorExpr s && s.x() instanceof Ident pkg) {
            return new TypeName(pkg, s.sel(), List.of(), s.span());
        } else if (e instanceof StarExpr s) {
            return new PointerType(asType(s.x()), s.span());
        } else if (e instanceof ParenExpr pe) {
            return asType(pe.x());
        } else if (e instanceof IndexExpr ix && ix.x() instanceof Ident id) {
            List<TypeExpr> args = new ArrayList<>();
            ix.indices().forEach(a -> args.add(asType(a)));
            return new TypeName(null, id, args, ix.span());
        }
        in.syntaxErrorAt(e.span(), "unexpected " + ExprPrinter.print(e) + ", expected type");
        return new BadType(e.span());
    }

    /** The value of an int literal; the lexer has already reported malformed ones. */
    static BigInteger intValue(String text) {
        String s = text.replace("_", "");
        try {
            if (s.length() > 1 && s.charAt(0) == '0') {
                char b = (char) (s.charAt(1) | 0x20);
                if (b == 'x' || b == 'b' || b == 'o') {
                    return new BigInteger(s.substring(2), b == 'x' ? 16 : b == 'b' ? 2 : 8);
                }
                return new BigInteger(s.substring(1), 8);
            }
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }
}
