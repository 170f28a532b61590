package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * {@code x[i]}: an index expression, or with several indices (or types) a generic instantiation
 * {@code f[int, string]}; only the checker can tell which. {@code lbrack} locates the bracket.
 */
public record IndexExpr(Expr x, List<Expr> indices, Span span, Span lbrack) implements Expr {

    public IndexExpr {
        indices = List.copyOf(indices);
    }
}
