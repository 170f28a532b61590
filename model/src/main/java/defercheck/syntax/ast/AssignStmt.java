package defercheck.syntax.ast;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import java.util.List;

/** Assignment {@code =}, short variable declaration {@code :=} or an op-assignment such as {@code +=} ({@code op}); {@code opSpan} locates the operator. */
public record AssignStmt(List<Expr> lhs, TokenKind op, List<Expr> rhs, Span span, Span opSpan) implements Stmt {

    public AssignStmt {
        lhs = List.copyOf(lhs);
        rhs = List.copyOf(rhs);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.assign(this);
    }
}
