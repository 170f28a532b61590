package defercheck.syntax.ast;

import defercheck.source.Span;

/** Where a syntax error or an unsupported statement was reported. */
public record BadStmt(Span span) implements Stmt { }
