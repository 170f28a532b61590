package defercheck.syntax.ast;

import defercheck.source.Span;

/**
 * An array type {@code [N]T}; {@code length} is the expression between the brackets (checked as a constant),
 * null for {@code [...]T} in a composite literal.
 */
public record ArrayType(Expr length, TypeExpr elem, Span span) implements TypeExpr { }
