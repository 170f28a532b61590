package defercheck.syntax.ast;

import defercheck.source.Span;

/** A statement. */
public sealed interface Stmt permits Block, ExprStmt, DeclStmt, AssignStmt, IncDecStmt, IfStmt, ForStmt, BranchStmt, ReturnStmt, DeferStmt, SwitchStmt, TypeSwitchStmt, LabeledStmt, TypeDeclStmt, EmptyStmt, BadStmt {

    Span span();

    /** Calls the visitor's method for this statement's form. */
    <R> R accept(StmtVisitor<R> v);
}
