package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.BadStmt;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.ConstDeclStmt;
import defercheck.syntax.ast.DeclStmt;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.EmptyStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.GoStmt;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.SendStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.TypeDecl;
import defercheck.syntax.ast.TypeDeclStmt;
import defercheck.syntax.ast.VarDecl;
import defercheck.syntax.ast.ConstDecl;
import java.util.ArrayList;
import java.util.List;

/** The Statement rules of the Go spec; the control statements with clauses are in {@link ControlParser}. */
final class StmtParser {

    private final Parser p;
    private final TokenCursor in;

    StmtParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    /** Block = "{" StatementList "}" . */
    Block block() {
        in.enter();
        Span start = in.want(TokenKind.LBRACE);
        List<Stmt> list = statementList();
        Span rbrace = in.tok().span();
        in.want(TokenKind.RBRACE);
        in.leave();
        return new Block(list, start.to(in.prev()), rbrace);
    }

    /** StatementList = { Statement ";" } ; also the body of a case clause, which ends at case or default. */
    List<Stmt> statementList() {
        List<Stmt> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF) && !in.at(TokenKind.CASE)
                && !in.at(TokenKind.DEFAULT)) {
            long before = in.consumed();
            Stmt s = statement();
            if (!(s instanceof EmptyStmt)) {
                out.add(s);
            }
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RBRACE) && !in.at(TokenKind.CASE)
                    && !in.at(TokenKind.DEFAULT)) {
                in.syntaxError("unexpected " + in.tok().describe() + " at end of statement");
                skipStatement();
            }
            if (in.consumed() == before) {
                in.next();
            }
        }
        return out;
    }

    /** Statement, dispatched on its first token. */
    Stmt statement() {
        Span at = in.tok().span();
        return switch (in.kind()) {
            case VAR -> {
                VarDecl d = p.varDecl();
                yield new DeclStmt(d, d.span());
            }
            case CONST -> {
                ConstDecl d = p.constDecl();
                yield new ConstDeclStmt(d, d.span());
            }
            case TYPE -> {
                TypeDecl d = p.typeDecl();
                yield new TypeDeclStmt(d.specs(), d.span());
            }
            case LBRACE -> block();
            case IF -> p.control.ifStmt();
            case FOR -> p.control.forStmt();
            case SWITCH -> p.control.switchStmt();
            case SELECT -> p.control.selectStmt();
            case RETURN -> returnStmt();
            case DEFER -> {
                Span start = in.next().span();
                Expr call = p.exprs.expr();
                yield new DeferStmt(call, start.to(in.prev()));
            }
            case GO -> {
                Span start = in.next().span();
                Expr call = p.exprs.expr();
                yield new GoStmt(call, start.to(in.prev()));
            }
            case BREAK, CONTINUE, GOTO, FALLTHROUGH -> branchStmt();
            case SEMICOLON, RBRACE -> new EmptyStmt(at);
            default -> {
                if (in.at(TokenKind.IDENT) && in.peek().kind() == TokenKind.COLON) {
                    yield labeledStmt();
                }
                yield simpleStmt();
            }
        };
    }

    /** LabeledStmt = Label ":" Statement ; a label that ends a block labels the empty statement. */
    private Stmt labeledStmt() {
        Ident label = p.ident();
        in.next();
        Stmt s = in.at(TokenKind.RBRACE) ? new EmptyStmt(in.tok().span()) : statement();
        return new LabeledStmt(label, s, label.span().to(in.prev()));
    }

    /** SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
    Stmt simpleStmt() {
        List<Expr> lhs = p.exprs.exprList();
        return simpleStmtRest(lhs);
    }

    /** The rest of a simple statement whose leading expression list is parsed. */
    Stmt simpleStmtRest(List<Expr> lhs) {
        Span start = lhs.get(0).span();
        TokenKind k = in.kind();
        if (k == TokenKind.DEFINE || k == TokenKind.ASSIGN || k.assignOpBase() != null) {
            Span opSpan = in.next().span();
            List<Expr> rhs = k.assignOpBase() != null ? List.of(p.exprs.expr()) : p.exprs.exprList();
            return new AssignStmt(lhs, k, rhs, start.to(in.prev()), opSpan);
        }
        if (k == TokenKind.INC || k == TokenKind.DEC) {
            in.next();
            return new IncDecStmt(lhs.get(0), k == TokenKind.INC, start.to(in.prev()));
        }
        if (k == TokenKind.ARROW && lhs.size() == 1) {
            in.next();
            Expr value = p.exprs.expr();
            return new SendStmt(lhs.get(0), value, start.to(in.prev()));
        }
        if (lhs.size() > 1) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected := or = or comma");
        }
        return new ExprStmt(lhs.get(0), lhs.get(0).span());
    }

    /** ReturnStmt = "return" [ ExpressionList ] . */
    private Stmt returnStmt() {
        Span start = in.next().span();
        List<Expr> results = in.at(TokenKind.SEMICOLON) || in.at(TokenKind.RBRACE) ? List.of() : p.exprs.exprList();
        return new ReturnStmt(results, start.to(in.prev()));
    }

    /** BreakStmt, ContinueStmt and GotoStmt with their optional (for goto required) label; FallthroughStmt. */
    private Stmt branchStmt() {
        Token t = in.next();
        Ident label = null;
        if (t.kind() != TokenKind.FALLTHROUGH && in.at(TokenKind.IDENT)) {
            label = p.ident();
        } else if (t.kind() == TokenKind.GOTO) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected name");
            return new BadStmt(t.span());
        }
        return new BranchStmt(t.kind(), label, t.span().to(in.prev()));
    }

    /** Skips to the end of the current statement: a semicolon or a closing brace outside nested brackets. */
    void skipStatement() {
        int depth = 0;
        while (!in.at(TokenKind.EOF)) {
            TokenKind k = in.kind();
            if (depth == 0 && (k == TokenKind.SEMICOLON || k == TokenKind.RBRACE)) {
                return;
            }
            if (k == TokenKind.LBRACE || k == TokenKind.LPAREN || k == TokenKind.LBRACK) {
                depth++;
            } else if ((k == TokenKind.RBRACE || k == TokenKind.RPAREN || k == TokenKind.RBRACK) && depth > 0) {
                depth--;
            }
            in.next();
        }
    }

    /** Skips tokens until the {@code close} that balances {@code depth} already-open {@code open}s. */
    void skipBalanced(TokenKind open, TokenKind close, int depth) {
        while (!in.at(TokenKind.EOF) && depth > 0) {
            if (in.at(open)) {
                depth++;
            } else if (in.at(close)) {
                depth--;
            }
            in.next();
        }
    }
}
