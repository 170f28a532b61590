package defercheck.syntax;

import defercheck.source.Span;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeAssertExpr;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The SwitchStmt rules of the Go spec: ExprSwitchStmt and TypeSwitchStmt share a header, and which one it is
 * shows only after the header is parsed (a {@code x.(type)} guard, possibly with {@code v :=}), as in gc's parser.
 */
final class SwitchParser {

    private final Parser p;
    private final TokenCursor in;

    SwitchParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** SwitchStmt = "switch" [ SimpleStmt ";" ] ( [ Expression ] | TypeSwitchGuard ) "{" { CaseClause } "}" . */
    Stmt switchStmt() {
        Span start = in.next().span();
        Stmt init = null;
        Stmt header = null;
        int outer = p.exprs.exprLev;
        p.exprs.exprLev = -1;
        if (!in.at(TokenKind.LBRACE)) {
            Stmt s = in.at(TokenKind.SEMICOLON) ? null : p.stmts.simpleStmt();
            if (in.got(TokenKind.SEMICOLON)) {
                init = s;
                header = in.at(TokenKind.LBRACE) ? null : p.stmts.simpleStmt();
            } else {
                header = s;
            }
        }
        p.exprs.exprLev = outer;
        Span lbrace = in.tok().span();
        if (!in.got(TokenKind.LBRACE)) {
            in.syntaxError("missing { after switch clause");
            skipTo(TokenKind.CASE, TokenKind.DEFAULT, TokenKind.RBRACE);
        }
        List<CaseClause> clauses = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            clauses.add(caseClause());
            if (in.consumed() == before) {
                in.next();
            }
        }
        in.want(TokenKind.RBRACE);
        Span span = start.to(in.prev());
        TypeAssertExpr guard = guardOf(header);
        if (guard != null) {
            Ident binding = header instanceof AssignStmt a ? (Ident) a.lhs().get(0) : null;
            return new TypeSwitchStmt(init, binding, guard, clauses, span, lbrace);
        }
        return new SwitchStmt(init, p.stmts.asCondition(header), clauses, span, lbrace);
    }

    /** The guard of {@code x.(type)} or {@code v := x.(type)} (gc's parser accepts only a name before :=). */
    private static TypeAssertExpr guardOf(Stmt header) {
        if (header instanceof ExprStmt e && e.x() instanceof TypeAssertExpr g && g.type() == null) {
            return g;
        }
        if (header instanceof AssignStmt a && a.op() == TokenKind.DEFINE && a.lhs().size() == 1
                && a.lhs().get(0) instanceof Ident && a.rhs().size() == 1
                && a.rhs().get(0) instanceof TypeAssertExpr g && g.type() == null) {
            return g;
        }
        return null;
    }

    /** CaseClause = ( "case" ExpressionList | "default" ) ":" StatementList . */
    private CaseClause caseClause() {
        Span start = in.tok().span();
        List<Expr> values = null;
        if (in.got(TokenKind.CASE)) {
            values = p.exprs.exprList();
        } else if (!in.got(TokenKind.DEFAULT)) {
            in.syntaxError("expected case or default or }");
            skipTo(TokenKind.COLON, TokenKind.CASE, TokenKind.DEFAULT, TokenKind.RBRACE);
        }
        Span colon = in.want(TokenKind.COLON);
        List<Stmt> body = p.stmts.statementList();
        return new CaseClause(values, body, start.to(in.prev()), colon);
    }

    private void skipTo(TokenKind... stops) {
        while (!in.at(TokenKind.EOF)) {
            for (TokenKind k : stops) {
                if (in.at(k)) {
                    return;
                }
            }
            in.next();
        }
    }
}
