package defercheck.syntax.ast;

import defercheck.source.Span;

/**
 * {@code for key, value := range x}; key and value are null when absent, {@code tok} is DEFINE, ASSIGN or null (no
 * variables). {@code extra} is a third variable (an error the checker reports, as gc does), else null.
 */
public record RangeStmt(Expr key, Expr value, defercheck.syntax.token.TokenKind tok, Expr x, Block body, Span span,
        Expr extra) implements Stmt {

    public RangeStmt(Expr key, Expr value, defercheck.syntax.token.TokenKind tok, Expr x, Block body, Span span) {
        this(key, value, tok, x, body, span, null);
    }

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.range(this);
    }
}
