package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code x.sel}; in the subset only package-qualified names such as fmt.Println. */
public record SelectorExpr(Expr x, Ident sel, Span span) implements Expr { }
