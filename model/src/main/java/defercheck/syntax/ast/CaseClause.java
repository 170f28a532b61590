package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/**
 * {@code case x, y:} or {@code default:} ({@code list} null) with its statements; in a type switch the list
 * holds types (and nil). {@code colon} locates the colon.
 */
public record CaseClause(List<Expr> list, List<Stmt> body, Span span, Span colon) {

    public CaseClause {
        list = list == null ? null : List.copyOf(list);
        body = List.copyOf(body);
    }

    public boolean isDefault() {
        return list == null;
    }
}
