package defercheck.syntax.ast;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/** A unary operation: + - ! ^, the address operator &, and the receive operator {@code <-} (ARROW). */
public record UnaryExpr(TokenKind op, Expr x, Span span) implements Expr { }
