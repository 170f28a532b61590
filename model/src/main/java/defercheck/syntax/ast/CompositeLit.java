package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * A composite literal {@code T{elts}}; {@code type} is an expression that must denote a type, null for an
 * element whose type is elided ({@code {1, 2}} inside {@code [][]int{...}}). Keyed elements are
 * {@link KeyValueExpr}s. {@code rbrace} locates the closing brace.
 */
public record CompositeLit(Expr type, List<Expr> elts, Span span, Span rbrace) implements Expr {
    public CompositeLit {
        elts = List.copyOf(elts);
    }

    public CompositeLit(Expr type, List<Expr> elts, Span span) {
        this(type, elts, span, span);
    }
}
