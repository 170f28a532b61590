package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code x[lo:hi]} or the full slice expression {@code x[lo:hi:max]} ({@code full}); absent bounds are null. */
public record SliceExpr(Expr x, Expr lo, Expr hi, Expr max, boolean full, Span span, Span lbrack) implements Expr { }
