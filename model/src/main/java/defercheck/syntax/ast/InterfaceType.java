package defercheck.syntax.ast;

import defercheck.source.Span;

/** The empty interface literal {@code interface{}}; non-empty interfaces are rejected by the parser. */
public record InterfaceType(Span span) implements TypeExpr { }
