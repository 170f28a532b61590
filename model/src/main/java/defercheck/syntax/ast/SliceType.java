package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code []elem}. */
public record SliceType(TypeExpr elem, Span span) implements TypeExpr { }
