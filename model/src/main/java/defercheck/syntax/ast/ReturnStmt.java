package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A return statement with its operands (possibly none). */
public record ReturnStmt(List<Expr> results, Span span) implements Stmt {

    public ReturnStmt {
        results = List.copyOf(results);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.returnStmt(this);
    }
}
