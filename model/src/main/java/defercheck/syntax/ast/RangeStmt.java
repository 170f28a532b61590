package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code for key, value := range x}; key and value are null when absent, {@code tok} is DEFINE, ASSIGN or null (no variables). */
public record RangeStmt(Expr key, Expr value, defercheck.syntax.token.TokenKind tok, Expr x, Block body, Span span) implements Stmt {

    @Override
    public <R> R accept(StmtVisitor<R> v) {
        return v.range(this);
    }
}
