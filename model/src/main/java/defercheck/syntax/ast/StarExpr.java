package defercheck.syntax.ast;

import defercheck.source.Span;

/**
 * {@code *x}: a pointer indirection, or the pointer type {@code *T} when {@code x} denotes a type (as in the
 * conversion {@code (*int)(nil)}); only the checker can tell which.
 */
public record StarExpr(Expr x, Span span) implements Expr { }
