package defercheck.syntax.ast;

import defercheck.source.Span;

/** A string literal, interpreted or raw, with its decoded value. */
public record StringLit(String value, String text, Span span) implements Expr { }
