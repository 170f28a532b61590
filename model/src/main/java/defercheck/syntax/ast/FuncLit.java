package defercheck.syntax.ast;

import defercheck.source.Span;

/** A function literal (closure). */
public record FuncLit(FuncType type, Block body, Span span) implements Expr { }
