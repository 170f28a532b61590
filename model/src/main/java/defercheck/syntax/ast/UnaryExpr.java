package defercheck.syntax.ast;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/** A unary operation: + - ! ^, and the address operator &. */
public record UnaryExpr(TokenKind op, Expr x, Span span) implements Expr { }
