package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * A type spelled by a name: {@code int}, {@code T}, a qualified {@code pkg.T} ({@code pkg} non-null) or a
 * generic instantiation {@code List[int]} ({@code typeArgs} non-empty).
 */
public record TypeName(Ident pkg, Ident name, List<TypeExpr> typeArgs, Span span) implements TypeExpr {

    public TypeName {
        typeArgs = List.copyOf(typeArgs);
    }

    public TypeName(Ident name, Span span) {
        this(null, name, List.of(), span);
    }
}
