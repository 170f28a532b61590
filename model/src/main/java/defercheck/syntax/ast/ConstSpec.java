package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * One line of a const declaration. {@code iota} is its index in the group; a line without values repeats the
 * type and values of the last line that had some ({@code implicit} is then true and they are that line's).
 */
public record ConstSpec(List<Ident> names, TypeExpr type, List<Expr> values, int iota, boolean implicit, Span span) {

    public ConstSpec {
        names = List.copyOf(names);
        values = List.copyOf(values);
    }
}
