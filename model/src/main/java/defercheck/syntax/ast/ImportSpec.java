package defercheck.syntax.ast;

import defercheck.source.Span;

/** One imported package path, as written between the quotes. */
public record ImportSpec(String path, Span span) { }
