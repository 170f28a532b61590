package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A select clause: {@code comm} is a send, a receive statement, or null for {@code default}. */
public record CommClause(Stmt comm, List<Stmt> body, Span span) {

    public CommClause {
        body = List.copyOf(body);
    }
}
