package defercheck.syntax.ast;

import defercheck.source.Span;

/**
 * One parameter, result, receiver or type parameter; {@code name} is null when unnamed. {@code variadic}
 * marks the final parameter written {@code ...T}; its type is then the element type T.
 */
public record Field(Ident name, TypeExpr type, Span span, boolean variadic) {

    public Field(Ident name, TypeExpr type, Span span) {
        this(name, type, span, false);
    }
}
