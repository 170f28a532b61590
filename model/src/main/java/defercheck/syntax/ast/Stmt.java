package defercheck.syntax.ast;

import defercheck.source.Span;

/** A statement. */
public sealed interface Stmt permits Block, ExprStmt, DeclStmt, AssignStmt, IncDecStmt, IfStmt, ForStmt, BranchStmt, ReturnStmt, DeferStmt, EmptyStmt, BadStmt {

    Span span();
}
