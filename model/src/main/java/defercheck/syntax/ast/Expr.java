package defercheck.syntax.ast;

import defercheck.source.Span;

/** An expression. */
public sealed interface Expr permits Ident, IntLit, FloatLit, ImagLit, RuneLit, StringLit, FuncLit, ParenExpr,
        SelectorExpr, IndexExpr, SliceExpr, CallExpr, TypeAssertExpr, UnaryExpr, StarExpr, BinaryExpr, CompositeLit,
        KeyValueExpr, TypeOperand, BadExpr {

    Span span();
}
