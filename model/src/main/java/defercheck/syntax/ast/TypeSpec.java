package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** One {@code Name [TypeParams] Type} of a type declaration; {@code alias} for {@code Name = Type}. */
public record TypeSpec(Ident name, List<Field> typeParams, boolean alias, TypeExpr type, Span span) {

    public TypeSpec {
        typeParams = List.copyOf(typeParams);
    }

    public TypeSpec(Ident name, TypeExpr type, Span span) {
        this(name, List.of(), false, type, span);
    }
}
