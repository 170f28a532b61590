package defercheck.syntax.ast;

import defercheck.source.Span;

/** A parenthesized expression, kept because {@code defer (f())} is an error. */
public record ParenExpr(Expr x, Span span) implements Expr { }
