package defercheck.syntax.ast;

import defercheck.source.Span;

/** Where an unsupported or malformed type was reported. */
public record BadType(Span span) implements TypeExpr { }
