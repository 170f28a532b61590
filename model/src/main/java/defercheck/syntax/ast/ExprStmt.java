package defercheck.syntax.ast;

import defercheck.source.Span;

/** An expression used as a statement (a call). */
public record ExprStmt(Expr x, Span span) implements Stmt { }
