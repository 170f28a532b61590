package defercheck.syntax.ast;

import defercheck.source.Span;

/** An array type {@code [N]T}; {@code length} is the expression between the brackets (checked as a constant). */
public record ArrayType(Expr length, TypeExpr elem, Span span) implements TypeExpr { }
