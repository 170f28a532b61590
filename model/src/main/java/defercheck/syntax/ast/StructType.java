package defercheck.syntax.ast;

import defercheck.source.Span;

/** The empty struct type {@code struct{}}; struct types with fields are rejected by the parser. */
public record StructType(Span span) implements TypeExpr { }
