package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A signature, from a func type, a func declaration or a func literal. */
public record FuncType(List<Field> params, List<Field> results, Span span) implements TypeExpr {

    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Whether the last parameter is {@code ...T}. */
    public boolean variadic() {
        return !params.isEmpty() && params.get(params.size() - 1).variadic();
    }
}
