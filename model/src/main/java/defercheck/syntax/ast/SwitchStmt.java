package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** An expression switch: optional init and tag (null), then its clauses in source order; {@code lbrace} locates the body. */
public record SwitchStmt(Stmt init, Expr tag, List<CaseClause> clauses, Span span, Span lbrace) implements Stmt {

    public SwitchStmt {
        clauses = List.copyOf(clauses);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.switchStmt(this);
    }
}
