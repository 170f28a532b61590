package defercheck.syntax.ast;

import defercheck.source.Span;

/** A top-level function; {@code body} is null when the declaration has none. {@code span} ends at its closing brace. */
public record FuncDecl(Ident name, FuncType type, Block body, Span span) implements Decl { }
