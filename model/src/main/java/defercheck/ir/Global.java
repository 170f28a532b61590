package defercheck.ir;

import defercheck.source.Span;

/** A package-level variable; its initializer runs in the synthetic init function. */
public record Global(String name, Type type, Span declared) { }
