package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A composite literal {@code T{elts}}; {@code type} is an expression that must denote a type. */
public record CompositeLit(Expr type, List<Expr> elts, Span span) implements Expr {
    public CompositeLit {
        elts = List.copyOf(elts);
    }
}
