package defercheck.syntax.ast;

import defercheck.source.Span;

/** A statement. */
public sealed interface Stmt permits Block, ExprStmt, DeclStmt, ConstDeclStmt, AssignStmt, IncDecStmt, IfStmt, ForStmt,
        RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt, BranchStmt, LabeledStmt, ReturnStmt, DeferStmt, GoStmt,
        SendStmt, TypeDeclStmt, EmptyStmt, BadStmt {

    Span span();

    /** Calls the visitor's method for this statement's form. */
    <R> R accept(StmtVisitor<R> v);
}
