package defercheck.syntax.ast;

import defercheck.source.Span;

/** The empty statement. */
public record EmptyStmt(Span span) implements Stmt { }
