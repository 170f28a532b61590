package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * A call or conversion; {@code lparen} and {@code rparen} locate its parentheses, {@code ellipsis} the
 * {@code ...} of {@code f(xs...)} (null without one).
 */
public record CallExpr(Expr fun, List<Expr> args, Span span, Span lparen, Span rparen, Span ellipsis) implements Expr {

    public CallExpr {
        args = List.copyOf(args);
    }

    public CallExpr(Expr fun, List<Expr> args, Span span, Span lparen, Span rparen) {
        this(fun, args, span, lparen, rparen, null);
    }

    public boolean hasEllipsis() {
        return ellipsis != null;
    }
}
