package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.BadStmt;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.CommClause;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.RangeStmt;
import defercheck.syntax.ast.SelectStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeSwitchStmt;
import java.util.ArrayList;
import java.util.List;

/** The control statements of the Go spec: if, for (with range clauses), switch, type switch and select. */
final class ControlParser {

    private final Parser p;
    private final TokenCursor in;

    ControlParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
    Stmt ifStmt() {
        Span start = in.next().span();
        Stmt init = null;
        Expr cond = null;
        int outer = p.exprs.exprLev;
        p.exprs.exprLev = -1;
        if (in.at(TokenKind.LBRACE)) {
            in.syntaxError("missing condition in if statement");
        } else {
            Stmt s = in.at(TokenKind.SEMICOLON) ? null : p.stmts.simpleStmt();
            if (in.got(TokenKind.SEMICOLON)) {
                init = s;
                cond = in.at(TokenKind.LBRACE) ? missingCondition() : p.exprs.expr();
            } else {
                cond = asCondition(s);
            }
        }
        p.exprs.exprLev = outer;
        Block then = p.stmts.block();
        Stmt otherwise = null;
        if (in.got(TokenKind.ELSE)) {
            if (in.at(TokenKind.IF)) {
                otherwise = ifStmt();
            } else if (in.at(TokenKind.LBRACE)) {
                otherwise = p.stmts.block();
            } else {
                in.syntaxError("else must be followed by if or statement block");
            }
        }
        return new IfStmt(init, cond, then, otherwise, start.to(in.prev()));
    }

    private Expr missingCondition() {
        in.syntaxError("missing condition in if statement");
        return null;
    }

    /**
     * The expression of a header statement ({@code if x {}}); any other simple statement there is gc's syntax
     * error "cannot use x := 1 as value" (from go1.20 on, an assignment is spelled "assignment x = 1"), at the
     * statement's operator as gc positions it.
     */
    private Expr asCondition(Stmt s) {
        if (s instanceof ExprStmt e) {
            return e.x();
        }
        if (s instanceof AssignStmt a) {
            String text = ExprPrinter.printList(a.lhs()) + " " + a.op().text() + " " + ExprPrinter.printList(a.rhs());
            in.syntaxErrorAt(a.opSpan(), "cannot use " + (a.op() == TokenKind.DEFINE ? "" : "assignment ") + text
                    + " as value");
        } else if (s instanceof IncDecStmt d) {
            Span op = new Span(d.span().file(), d.span().endLine(), d.span().endCol() - 2, d.span().endLine(),
                    d.span().endCol());
            in.syntaxErrorAt(op, "cannot use " + ExprPrinter.print(d.x()) + (d.increment() ? "++" : "--") + " as value");
        } else if (s != null && !(s instanceof BadStmt)) {
            in.syntaxErrorAt(s.span(), "cannot use statement as value");
        }
        return null;
    }

    /** ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
    Stmt forStmt() {
        Span start = in.next().span();
        int outer = p.exprs.exprLev;
        p.exprs.exprLev = -1;
        try {
            if (in.at(TokenKind.RANGE)) {
                in.next();
                Expr x = p.exprs.expr();
                p.exprs.exprLev = outer;
                return new RangeStmt(null, null, null, x, p.stmts.block(), start.to(in.prev()));
            }
            Stmt init = null;
            Expr cond = null;
            Stmt post = null;
            if (!in.at(TokenKind.LBRACE)) {
                Stmt s = null;
                if (!in.at(TokenKind.SEMICOLON)) {
                    List<Expr> lhs = p.exprs.exprList();
                    if ((in.at(TokenKind.DEFINE) || in.at(TokenKind.ASSIGN)) && in.peek().kind() == TokenKind.RANGE) {
                        return rangeRest(start, lhs, outer);
                    }
                    s = p.stmts.simpleStmtRest(lhs);
                }
                if (in.at(TokenKind.LBRACE)) {
                    cond = asCondition(s);
                } else {
                    init = s;
                    in.want(TokenKind.SEMICOLON);
                    cond = in.at(TokenKind.SEMICOLON) ? null : p.exprs.expr();
                    in.want(TokenKind.SEMICOLON);
                    post = in.at(TokenKind.LBRACE) ? null : p.stmts.simpleStmt();
                }
            }
            p.exprs.exprLev = outer;
            Block body = p.stmts.block();
            return new ForStmt(init, cond, post, body, start.to(in.prev()));
        } finally {
            p.exprs.exprLev = outer;
        }
    }

    /** RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . */
    private Stmt rangeRest(Span start, List<Expr> lhs, int outer) {
        TokenKind tok = in.next().kind();
        in.next();
        Expr x = p.exprs.expr();
        p.exprs.exprLev = outer;
        Block body = p.stmts.block();
        return new RangeStmt(lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, tok, x, body, start.to(in.prev()),
                lhs.size() > 2 ? lhs.get(2) : null);
    }

    /** SwitchStmt = ExprSwitchStmt | TypeSwitchStmt . */
    Stmt switchStmt() {
        Span start = in.next().span();
        int outer = p.exprs.exprLev;
        p.exprs.exprLev = -1;
        Stmt init = null;
        Stmt s2 = null;
        if (!in.at(TokenKind.LBRACE)) {
            if (!in.at(TokenKind.SEMICOLON)) {
                s2 = p.stmts.simpleStmt();
            }
            if (in.got(TokenKind.SEMICOLON)) {
                init = s2;
                s2 = in.at(TokenKind.LBRACE) ? null : p.stmts.simpleStmt();
            }
        }
        p.exprs.exprLev = outer;
        Span lbrace = in.tok().span();
        List<CaseClause> clauses = caseClauses();
        Span span = start.to(in.prev());
        TypeAssertExpr guard = typeSwitchGuard(s2);
        if (guard != null) {
            Ident bind = s2 instanceof AssignStmt a ? (Ident) a.lhs().get(0) : null;
            return new TypeSwitchStmt(init, bind, guard, clauses, span, lbrace);
        }
        return new SwitchStmt(init, asCondition(s2), clauses, span, lbrace);
    }

    /** {@code x.(type)} or {@code v := x.(type)} as the switch header's last statement, else null. */
    private TypeAssertExpr typeSwitchGuard(Stmt s) {
        if (s instanceof ExprStmt e && unparen(e.x()) instanceof TypeAssertExpr t && t.type() == null) {
            return t;
        }
        if (s instanceof AssignStmt a && a.op() == TokenKind.DEFINE && a.lhs().size() == 1
                && a.lhs().get(0) instanceof Ident && a.rhs().size() == 1
                && a.rhs().get(0) instanceof TypeAssertExpr t && t.type() == null) {
            return t;
        }
        return null;
    }

    private static Expr unparen(Expr e) {
        while (e instanceof ParenExpr pe) {
            e = pe.x();
        }
        return e;
    }

    /** "{" { CaseClause } "}" . CaseClause = ( "case" ExpressionList | "default" ) ":" StatementList . */
    private List<CaseClause> caseClauses() {
        in.enter();
        in.want(TokenKind.LBRACE);
        List<CaseClause> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            Span at = in.tok().span();
            List<Expr> list = null;
            if (in.got(TokenKind.CASE)) {
                list = p.exprs.exprList();
            } else if (!in.got(TokenKind.DEFAULT)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected case or default or }");
                p.stmts.skipStatement();
                in.got(TokenKind.SEMICOLON);
                continue;
            }
            Span colon = in.want(TokenKind.COLON);
            List<Stmt> body = p.stmts.statementList();
            out.add(new CaseClause(list, body, at.to(in.prev()), colon));
        }
        in.want(TokenKind.RBRACE);
        in.leave();
        return out;
    }

    /** SelectStmt = "select" "{" { CommClause } "}" . CommCase = "case" ( SendStmt | RecvStmt ) | "default" . */
    Stmt selectStmt() {
        Span start = in.next().span();
        in.enter();
        in.want(TokenKind.LBRACE);
        List<CommClause> clauses = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            Span at = in.tok().span();
            Stmt comm = null;
            if (in.got(TokenKind.CASE)) {
                comm = p.stmts.simpleStmt();
            } else if (!in.got(TokenKind.DEFAULT)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected case or default or }");
                p.stmts.skipStatement();
                in.got(TokenKind.SEMICOLON);
                continue;
            }
            in.want(TokenKind.COLON);
            List<Stmt> body = p.stmts.statementList();
            clauses.add(new CommClause(comm, body, at.to(in.prev())));
        }
        in.want(TokenKind.RBRACE);
        in.leave();
        return new SelectStmt(clauses, start.to(in.prev()));
    }
}
