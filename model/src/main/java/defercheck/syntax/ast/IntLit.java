package defercheck.syntax.ast;

import defercheck.source.Span;
import java.math.BigInteger;

/** An integer literal with its exact value. */
public record IntLit(BigInteger value, String text, Span span) implements Expr { }
