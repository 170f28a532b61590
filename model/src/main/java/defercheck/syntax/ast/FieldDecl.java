package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * One line of a struct type: {@code a, b int "tag"}; an embedded field has no names and its type is the
 * (possibly pointer or qualified) type name. {@code tag} is null without a tag.
 */
public record FieldDecl(List<Ident> names, TypeExpr type, StringLit tag, Span span) {

    public FieldDecl {
        names = List.copyOf(names);
    }

    public boolean embedded() {
        return names.isEmpty();
    }
}
