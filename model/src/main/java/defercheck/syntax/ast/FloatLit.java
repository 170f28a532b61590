package defercheck.syntax.ast;

import defercheck.source.Span;

/** A floating-point literal as written; the checker computes its exact value. */
public record FloatLit(String text, Span span) implements Expr { }
