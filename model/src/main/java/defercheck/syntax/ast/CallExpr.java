package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A call or conversion; {@code lparen} and {@code rparen} locate its parentheses. */
public record CallExpr(Expr fun, List<Expr> args, Span span, Span lparen, Span rparen) implements Expr {

    public CallExpr {
        args = List.copyOf(args);
    }
}
