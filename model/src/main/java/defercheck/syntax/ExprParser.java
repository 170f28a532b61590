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
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IntLit;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.StarExpr;
import defercheck.syntax.ast.StringLit;
import defercheck.syntax.ast.StructType;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeOperand;
import defercheck.syntax.ast.UnaryExpr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Expression rules of the Go spec, with precedence climbing over the five binary precedence levels.
 * {@code height} tracks the height of the tree just built, so that left-nested chains built by loops
 * (a+b+c..., f()()...) count against the nesting limit like recursion does.
 */
final class ExprParser {

    private final Parser p;
    private final TokenCursor in;
    private int height;
    /**
     * go/parser's exprLev: negative in the header of an if or for statement, where a brace after a type
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
        switch (in.kind()) {
            case ADD: case SUB: case NOT: case XOR: case AND: {
                TokenKind op = in.next().kind();
                in.enter();
                Expr x = unaryExpr();
                in.leave();
                height = grow(height);
                return new UnaryExpr(op, x, start.to(x.span()));
            }
            case MUL: {
                in.next();
                in.enter();
                Expr x = unaryExpr();
                in.leave();
                height = grow(height);
                return new StarExpr(x, start.to(x.span()));
            }
            case ARROW: {
                in.unsupported(start, "channel receive");
                in.next();
                in.enter();
                unaryExpr();
                in.leave();
                return new BadExpr(start);
            }
            default:
                return primaryExpr();
        }
    }

    /** PrimaryExpr = Operand | PrimaryExpr ( Selector | TypeAssertion | Arguments ) . */
    private Expr primaryExpr() {
        Expr x = operand();
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
                h = grow(h);
            } else if (in.at(TokenKind.LBRACK)) {
                in.unsupported(in.tok().span(), "index and slice expressions");
                in.next();
                p.stmts.skipBalanced(TokenKind.LBRACK, TokenKind.RBRACK, 1);
                x = new BadExpr(x.span());
            } else {
                height = h;
                return x;
            }
        }
    }

    /** go/parser isLiteralType, with its rule that a bare type name takes braces only outside control clauses. */
    private boolean isLiteralType(Expr x) {
        if (x instanceof TypeOperand t) {
            return t.type() instanceof ArrayType || t.type() instanceof StructType;
        }
        return x instanceof Ident && exprLev >= 0;
    }

    /** CompositeLit = LiteralType LiteralValue . LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
    private Expr compositeLit(Expr type) {
        in.enter();
        in.next();
        exprLev++;
        List<Expr> elts = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            elts.add(expr());
            if (in.at(TokenKind.COLON)) {
                in.unsupported(in.tok().span(), "keyed elements in composite literals");
                p.stmts.skipBalanced(TokenKind.LBRACE, TokenKind.RBRACE, 1);
                exprLev--;
                in.leave();
                return new BadExpr(type.span());
            }
            if (!in.got(TokenKind.COMMA)) {
                break;
            }
        }
        exprLev--;
        in.want(TokenKind.RBRACE);
        in.leave();
        return new CompositeLit(type, elts, type.span().to(in.prev()));
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
        if (in.got(TokenKind.TYPE)) {
            in.want(TokenKind.RPAREN);
            height = 0;
            return new TypeAssertExpr(x, null, x.span().to(in.prev()));
        }
        TypeExpr t = p.types.type();
        in.want(TokenKind.RPAREN);
        height = 0;
        return new TypeAssertExpr(x, t, x.span().to(in.prev()));
    }

    /** Arguments = "(" [ ExpressionList [ "," ] ] ")" . */
    private Expr arguments(Expr fun, int funHeight) {
        Span lparen = in.next().span();
        List<Expr> args = new ArrayList<>();
        int h = funHeight;
        in.enter();
        exprLev++;
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            args.add(expr());
            h = Math.max(h, height);
            if (in.at(TokenKind.ELLIPSIS)) {
                in.unsupported(in.tok().span(), "... in call");
                in.next();
            }
            if (!in.got(TokenKind.COMMA)) {
                break;
            }
        }
        exprLev--;
        in.leave();
        Span rparen = in.tok().span();
        if (!in.got(TokenKind.RPAREN)) {
            in.syntaxError("unexpected " + in.tok().describe() + " in argument list; possibly missing comma or )");
        }
        height = grow(h);
        return new CallExpr(fun, args, fun.span().to(in.prev()), lparen, rparen);
    }

    /** Operand = Literal | OperandName | "(" Expression ")" ; also type literals used in conversions. */
    private Expr operand() {
        height = 0;
        Token t = in.tok();
        switch (t.kind()) {
            case INT:
                in.next();
                return new IntLit(intValue(t.text()), t.text(), t.span());
            case STRING:
                in.next();
                return new StringLit(t.value(), t.text(), t.span());
            case IDENT:
                return p.ident();
            case LPAREN:
                return parenExpr();
            case FUNC:
                return funcLitOrType();
            case INTERFACE:
                return new TypeOperand(p.types.type(), t.span());
            default:
                return otherOperand(t);
        }
    }

    private Expr otherOperand(Token t) {
        switch (t.kind()) {
            case FLOAT: case IMAG: case CHAR:
                in.unsupported(t.span(), t.kind() == TokenKind.CHAR ? "rune literals"
                        : t.kind() == TokenKind.FLOAT ? "floating-point numbers" : "complex numbers");
                in.next();
                return new BadExpr(t.span());
            case LBRACK: case MAP: case CHAN: case STRUCT:
                return typeLiteralOperand(t);
            default:
                in.syntaxError("unexpected " + t.describe() + ", expected expression");
                return new BadExpr(t.span());
        }
    }

    /**
     * A composite type as an operand: a conversion such as {@code [2]int(x)} or, followed by braces, the type
     * of a composite literal. After a type outside the subset (already reported) the braces are skipped.
     */
    private Expr typeLiteralOperand(Token t) {
        TypeExpr type = p.types.type();
        if (in.at(TokenKind.LBRACE) && type instanceof BadType) {
            in.next();
            p.stmts.skipBalanced(TokenKind.LBRACE, TokenKind.RBRACE, 1);
            return new BadExpr(t.span());
        }
        return new TypeOperand(type, type.span());
    }

    private Expr parenExpr() {
        Span start = in.next().span();
        in.enter();
        exprLev++;
        Expr x = expr();
        exprLev--;
        in.leave();
        in.want(TokenKind.RPAREN);
        height = grow(height);
        return new ParenExpr(x, start.to(in.prev()));
    }

    /** FunctionLit = "func" Signature FunctionBody ; without a body it is a func type (a conversion). */
    private Expr funcLitOrType() {
        Span start = in.next().span();
        in.enter();
        FuncType sig = p.types.signature(start);
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
