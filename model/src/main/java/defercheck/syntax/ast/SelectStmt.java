package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A select statement with its communication clauses. */
public record SelectStmt(List<CommClause> clauses, Span span) implements Stmt {

    public SelectStmt {
        clauses = List.copyOf(clauses);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.select(this);
    }
}
