package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code key: value} inside a composite literal. */
public record KeyValueExpr(Expr key, Expr value, Span span) implements Expr { }
