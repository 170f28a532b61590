package defercheck.syntax.ast;

import defercheck.source.Span;

/** An expression. */
public sealed interface Expr permits Ident, IntLit, StringLit, FuncLit, ParenExpr, SelectorExpr, CallExpr, TypeAssertExpr, UnaryExpr, StarExpr, BinaryExpr, CompositeLit, TypeOperand, BadExpr {

    Span span();
}
