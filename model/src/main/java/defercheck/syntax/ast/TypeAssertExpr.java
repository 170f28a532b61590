package defercheck.syntax.ast;

import defercheck.source.Span;

/** A type assertion {@code x.(T)}; {@code type} is null for the {@code x.(type)} of a type switch. */
public record TypeAssertExpr(Expr x, TypeExpr type, Span span) implements Expr { }
