package defercheck.syntax.ast;

import defercheck.source.Span;

/** A type spelled by a (predeclared) name: int, string, bool, any, error. */
public record TypeName(Ident name, Span span) implements TypeExpr { }
