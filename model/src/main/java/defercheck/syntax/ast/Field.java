package defercheck.syntax.ast;

import defercheck.source.Span;

/** One parameter or result; {@code name} is null when unnamed. */
public record Field(Ident name, TypeExpr type, Span span) { }
