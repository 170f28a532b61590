package defercheck.syntax.ast;

import defercheck.source.Span;

/** A type assertion {@code x.(T)}. */
public record TypeAssertExpr(Expr x, TypeExpr type, Span span) implements Expr { }
