package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.BadStmt;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.DeclStmt;
import defercheck.syntax.ast.DeferStmt;
import defercheck.syntax.ast.EmptyStmt;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.ExprStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.IncDecStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.ReturnStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.TypeDecl;
import defercheck.syntax.ast.TypeDeclStmt;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeSpec;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.VarDecl;
import java.util.ArrayList;
import java.util.List;

/** The Statement rules of the Go spec. */
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

    /** StatementList = { Statement ";" } . Like gc's, it also ends at a case or default keyword. */
    List<Stmt> statementList() {
        List<Stmt> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF) && !in.at(TokenKind.CASE)
                && !in.at(TokenKind.DEFAULT)) {
            long before = in.consumed();
            Stmt s = statement();
            if (!(s instanceof EmptyStmt)) {
                out.add(s);
            }
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RBRACE)) {
                in.syntaxError("unexpected " + in.tok().describe() + " at end of statement");
                skipStatement();
            }
            if (in.consumed() == before && !in.at(TokenKind.CASE) && !in.at(TokenKind.DEFAULT)) {
                in.next();
            }
        }
        return out;
    }

    /** Statement, dispatched on its first token. */
    Stmt statement() {
        Span at = in.tok().span();
        switch (in.kind()) {
            case VAR: {
                VarDecl d = p.varDecl();
                return new DeclStmt(d, d.span());
            }
            case LBRACE: return block();
            case IF: return ifStmt();
            case FOR: return forStmt();
            case RETURN: return returnStmt();
            case DEFER: return deferStmt();
            case BREAK:
            case CONTINUE:
            case GOTO:
            case FALLTHROUGH: return branchStmt();
            case SWITCH: return p.switches.switchStmt();
            case SEMICOLON:
            case RBRACE: return new EmptyStmt(at);
            case TYPE: {
                TypeDecl d = typeDecl();
                return new TypeDeclStmt(d.specs(), d.span());
            }
            case CONST: case GO: case SELECT:
                return unsupportedStmt();
            default:
                if (in.at(TokenKind.IDENT) && in.peek().kind() == TokenKind.COLON) {
                    return labeledStmt();
                }
                return simpleStmt();
        }
    }

    /** LabeledStmt = Label ":" Statement ; a label before a closing brace labels an empty statement. */
    private Stmt labeledStmt() {
        Ident label = p.ident();
        Span colon = in.next().span();
        in.enter();
        Stmt s = in.at(TokenKind.RBRACE) || in.at(TokenKind.SEMICOLON) ? new EmptyStmt(colon) : statement();
        in.leave();
        return new LabeledStmt(label, s, label.span().to(in.prev()));
    }

    private Stmt unsupportedStmt() {
        Span at = in.tok().span();
        TokenKind k = in.kind();
        String what = k == TokenKind.CONST ? k.text() + " declaration" : k.text() + " statement";
        in.unsupported(at, what);
        skipStatement();
        return new BadStmt(at);
    }

    /** TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) . */
    TypeDecl typeDecl() {
        Span start = in.next().span();
        List<TypeSpec> specs = new ArrayList<>();
        if (!in.got(TokenKind.LPAREN)) {
            typeSpec(specs);
            return new TypeDecl(specs, start.to(in.prev()));
        }
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            typeSpec(specs);
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RPAREN)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or )");
                skipStatement();
            }
            if (in.consumed() == before) {
                in.next();
            }
        }
        in.want(TokenKind.RPAREN);
        return new TypeDecl(specs, start.to(in.prev()));
    }

    /** TypeSpec = identifier Type ; an alias ({@code identifier "=" Type}) is reported and skipped. */
    private void typeSpec(List<TypeSpec> out) {
        Span start = in.tok().span();
        Ident name = p.ident();
        if (in.at(TokenKind.ASSIGN)) {
            in.unsupported(in.tok().span(), "type alias declarations");
            in.next();
            p.types.type();
            return;
        }
        TypeExpr type = p.types.type();
        out.add(new TypeSpec(name, type, start.to(in.prev())));
    }

    /** SimpleStmt = ExpressionStmt | IncDecStmt | Assignment | ShortVarDecl (no send statements). */
    Stmt simpleStmt() {
        Span start = in.tok().span();
        List<Expr> lhs = p.exprs.exprList();
        TokenKind k = in.kind();
        if (k == TokenKind.DEFINE || k == TokenKind.ASSIGN || k.assignOpBase() != null) {
            Span opSpan = in.next().span();
            if (in.at(TokenKind.RANGE)) {
                in.unsupported(in.tok().span(), "range clause");
                in.next();
                p.exprs.expr();
                return new BadStmt(start);
            }
            List<Expr> rhs = k.assignOpBase() != null ? List.of(p.exprs.expr()) : p.exprs.exprList();
            return new AssignStmt(lhs, k, rhs, start.to(in.prev()), opSpan);
        }
        if (k == TokenKind.INC || k == TokenKind.DEC) {
            in.next();
            return new IncDecStmt(lhs.get(0), k == TokenKind.INC, start.to(in.prev()));
        }
        if (k == TokenKind.ARROW) {
            in.unsupported(in.tok().span(), "channel send");
            skipStatement();
            return new BadStmt(start);
        }
        if (lhs.size() > 1) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected := or = or comma");
        }
        return new ExprStmt(lhs.get(0), lhs.get(0).span());
    }

    /** IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
    private Stmt ifStmt() {
        Span start = in.next().span();
        Stmt init = null;
        Expr cond = null;
        int outer = p.exprs.exprLev;
        p.exprs.exprLev = -1;
        if (in.at(TokenKind.LBRACE)) {
            in.syntaxError("missing condition in if statement");
        } else {
            Stmt s = in.at(TokenKind.SEMICOLON) ? null : simpleStmt();
            if (in.got(TokenKind.SEMICOLON)) {
                init = s;
                cond = in.at(TokenKind.LBRACE) ? missingCondition() : p.exprs.expr();
            } else {
                cond = asCondition(s);
            }
        }
        p.exprs.exprLev = outer;
        Block then = block();
        Stmt otherwise = null;
        if (in.got(TokenKind.ELSE)) {
            if (in.at(TokenKind.IF)) {
                otherwise = ifStmt();
            } else if (in.at(TokenKind.LBRACE)) {
                otherwise = block();
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
    Expr asCondition(Stmt s) {
        if (s instanceof ExprStmt) {
            return ((ExprStmt) s).x();
        }
        if (s instanceof AssignStmt a) {
            String text = ExprPrinter.printList(a.lhs()) + " " + a.op().text() + " " + ExprPrinter.printList(a.rhs());
            in.syntaxErrorAt(a.opSpan(), "cannot use " + (a.op() == TokenKind.DEFINE ? "" : "assignment ") + text
                    + " as value");
        } else if (s instanceof IncDecStmt d) {
            Span op = new Span(d.span().file(), d.span().endLine(), d.span().endCol() - 2, d.span().endLine(),
                    d.span().endCol());
            in.syntaxErrorAt(op, "cannot use " + ExprPrinter.print(d.x()) + (d.increment() ? "++" : "--") + " as value");
        }
        return null;
    }

    /** ForStmt = "for" [ Condition | ForClause ] Block (RangeClause is outside the subset). */
    private Stmt forStmt() {
        Span start = in.next().span();
        Stmt init = null;
        Expr cond = null;
        Stmt post = null;
        int outer = p.exprs.exprLev;
        p.exprs.exprLev = -1;
        if (in.at(TokenKind.RANGE)) {
            in.unsupported(in.tok().span(), "range clause");
            in.next();
            p.exprs.expr();
        } else if (!in.at(TokenKind.LBRACE)) {
            Stmt s = in.at(TokenKind.SEMICOLON) ? null : simpleStmt();
            if (in.at(TokenKind.LBRACE)) {
                cond = asCondition(s);
            } else {
                init = s;
                in.want(TokenKind.SEMICOLON);
                cond = in.at(TokenKind.SEMICOLON) ? null : p.exprs.expr();
                in.want(TokenKind.SEMICOLON);
                post = in.at(TokenKind.LBRACE) ? null : simpleStmt();
            }
        }
        p.exprs.exprLev = outer;
        Block body = block();
        return new ForStmt(init, cond, post, body, start.to(in.prev()));
    }

    /** ReturnStmt = "return" [ ExpressionList ] . */
    private Stmt returnStmt() {
        Span start = in.next().span();
        List<Expr> results = in.at(TokenKind.SEMICOLON) || in.at(TokenKind.RBRACE) ? List.of() : p.exprs.exprList();
        return new ReturnStmt(results, start.to(in.prev()));
    }

    /** DeferStmt = "defer" Expression . */
    private Stmt deferStmt() {
        Span start = in.next().span();
        Expr call = p.exprs.expr();
        return new DeferStmt(call, start.to(in.prev()));
    }

    /**
     * BreakStmt = "break" [ Label ] . ContinueStmt = "continue" [ Label ] . GotoStmt = "goto" Label .
     * FallthroughStmt = "fallthrough" .
     */
    private Stmt branchStmt() {
        Token t = in.next();
        Ident label = null;
        if (t.kind() == TokenKind.GOTO || (t.kind() != TokenKind.FALLTHROUGH && in.at(TokenKind.IDENT))) {
            label = p.ident();
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
