package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * A top-level function or method; {@code recv} is the receiver (null for a function), {@code typeParams} the
 * type parameters (empty when not generic), {@code body} null when the declaration has none. {@code span}
 * ends at its closing brace.
 */
public record FuncDecl(Field recv, Ident name, List<Field> typeParams, FuncType type, Block body, Span span) implements Decl {

    public FuncDecl {
        typeParams = List.copyOf(typeParams);
    }

    public FuncDecl(Ident name, FuncType type, Block body, Span span) {
        this(null, name, List.of(), type, body, span);
    }

    public boolean isMethod() {
        return recv != null;
    }
}
