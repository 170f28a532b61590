package defercheck.syntax.ast;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/** {@code break}, {@code continue} or {@code goto} (kind BREAK, CONTINUE, GOTO) with an optional label (null), or {@code fallthrough}. */
public record BranchStmt(TokenKind kind, Ident label, Span span) implements Stmt {

    public BranchStmt(TokenKind kind, Span span) {
        this(kind, null, span);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.branch(this);
    }
}
