package defercheck.syntax.ast;

import defercheck.source.Span;

/** A method of an interface type: its name and signature. */
public record MethodSpec(Ident name, FuncType type, Span span) { }
