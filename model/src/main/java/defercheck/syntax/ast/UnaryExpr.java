package defercheck.syntax.ast;

import defercheck.syntax.TokenKind;
import defercheck.source.Span;

/** A unary operation: + - ! ^. */
public record UnaryExpr(TokenKind op, Expr x, Span span) implements Expr { }
