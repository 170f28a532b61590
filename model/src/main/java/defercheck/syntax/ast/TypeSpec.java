package defercheck.syntax.ast;

import defercheck.source.Span;

/** One {@code Name Type} of a type declaration; aliases ({@code Name = Type}) are rejected by the parser. */
public record TypeSpec(Ident name, TypeExpr type, Span span) { }
