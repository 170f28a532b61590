package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A call or conversion; {@code rparen} locates the closing parenthesis. */
public record CallExpr(Expr fun, List<Expr> args, Span span, Span rparen) implements Expr {

    public CallExpr {
        args = List.copyOf(args);
    }
}
