package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A type switch {@code switch [init;] [bind :=] x.(type) { ... }}; {@code bind} is null without a variable, {@code guard} is the {@code x.(type)} expression. */
public record TypeSwitchStmt(Stmt init, Ident bind, TypeAssertExpr guard, List<CaseClause> clauses, Span span, Span lbrace) implements Stmt {

    public TypeSwitchStmt {
        clauses = List.copyOf(clauses);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.typeSwitch(this);
    }
}
