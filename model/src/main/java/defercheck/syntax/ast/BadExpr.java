package defercheck.syntax.ast;

import defercheck.source.Span;

/** Where a syntax error or an unsupported expression was reported. */
public record BadExpr(Span span) implements Expr { }
