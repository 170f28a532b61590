package defercheck.syntax.ast;

import defercheck.source.Span;

/** An imaginary literal such as {@code 2i} or {@code 1.5e3i}, as written. */
public record ImagLit(String text, Span span) implements Expr { }
