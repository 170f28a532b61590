package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A union of type terms {@code ~int | string} in an interface, a constraint element. */
public record UnionType(List<Term> terms, Span span) implements TypeExpr {

    /** One term: {@code ~T} when {@code tilde}. */
    public record Term(boolean tilde, TypeExpr type, Span span) { }

    public UnionType {
        terms = List.copyOf(terms);
    }
}
