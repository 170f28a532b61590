package defercheck.syntax.ast;

import defercheck.source.Span;

/** An identifier use or definition. */
public record Ident(String name, Span span) implements Expr { }
