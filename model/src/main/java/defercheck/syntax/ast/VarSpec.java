package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** One line of a var declaration: names, an optional type (null) and optional values. */
public record VarSpec(List<Ident> names, TypeExpr type, List<Expr> values, Span span) {

    public VarSpec {
        names = List.copyOf(names);
        values = List.copyOf(values);
    }
}
