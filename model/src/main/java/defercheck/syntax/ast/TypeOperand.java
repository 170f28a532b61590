package defercheck.syntax.ast;

import defercheck.source.Span;

/** A type literal used as an operand, as in the conversion {@code interface{}(x)}. */
public record TypeOperand(TypeExpr type, Span span) implements Expr { }
