package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code map[key]value}. */
public record MapType(TypeExpr key, TypeExpr value, Span span) implements TypeExpr { }
