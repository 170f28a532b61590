package defercheck.syntax.ast;

/**
 * One method per statement form, so a pass over statements (the checker, the lowerer) names every form and
 * the compiler tells it when a new one appears. {@link Stmt#accept} dispatches.
 */
public interface StmtVisitor<R> {

    R block(Block s);

    R exprStmt(ExprStmt s);

    R declStmt(DeclStmt s);

    R constDecl(ConstDeclStmt s);

    R assign(AssignStmt s);

    R incDec(IncDecStmt s);

    R ifStmt(IfStmt s);

    R forStmt(ForStmt s);

    R range(RangeStmt s);

    R switchStmt(SwitchStmt s);

    R typeSwitch(TypeSwitchStmt s);

    R select(SelectStmt s);

    R branch(BranchStmt s);

    R labeled(LabeledStmt s);

    R returnStmt(ReturnStmt s);

    R deferStmt(DeferStmt s);

    R goStmt(GoStmt s);

    R send(SendStmt s);

    R typeDecl(TypeDeclStmt s);

    R empty(EmptyStmt s);

    R bad(BadStmt s);
}
