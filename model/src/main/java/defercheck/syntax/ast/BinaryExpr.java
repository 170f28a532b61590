package defercheck.syntax.ast;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/** A binary operation; {@code span} starts at the left operand, as gc positions its errors. */
public record BinaryExpr(TokenKind op, Expr x, Expr y, Span span) implements Expr { }
