package defercheck.syntax.ast;

import defercheck.source.Span;

/** A pointer type {@code *T} written where a type is expected; in an expression {@code *x} is a {@link StarExpr}. */
public record PointerType(TypeExpr elem, Span span) implements TypeExpr { }
