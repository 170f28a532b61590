package defercheck.syntax.ast;

import defercheck.source.Span;

/** A rune literal with its code point value (a byte value for {@code '\xff'} and octal escapes). */
public record RuneLit(int value, String text, Span span) implements Expr { }
