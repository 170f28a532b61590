package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** An interface type: its methods and its embedded elements (interfaces, types and unions), in source order. */
public record InterfaceType(List<MethodSpec> methods, List<TypeExpr> embeddeds, Span span) implements TypeExpr {

    public InterfaceType {
        methods = List.copyOf(methods);
        embeddeds = List.copyOf(embeddeds);
    }

    /** The empty interface {@code interface{}}. */
    public InterfaceType(Span span) {
        this(List.of(), List.of(), span);
    }

    public boolean isEmpty() {
        return methods.isEmpty() && embeddeds.isEmpty();
    }
}
