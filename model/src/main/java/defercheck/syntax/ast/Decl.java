package defercheck.syntax.ast;

import defercheck.source.Span;

/** A top-level declaration. */
public sealed interface Decl permits FuncDecl, VarDecl, TypeDecl, ConstDecl {

    Span span();
}
