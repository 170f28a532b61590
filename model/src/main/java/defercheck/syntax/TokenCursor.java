package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/**
 * The parser's view of the token stream: the current token, one token of lookahead, syntax errors in
 * gc's wording (at most one per line, as gc does), and the nesting limit that keeps deep inputs from
 * overflowing the Java stack.
 */
final class TokenCursor {

    /** Deeper nesting than this is reported as unsupported instead of recursing further. */
    static final int MAX_DEPTH = 256;

    /** Thrown to abandon the parse once the error limit or the nesting limit is reached. */
    static final class Bailout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bailout() {
            super(null, null, false, false);
        }
    }

    private final Lexer lexer;
    private final Diagnostics diags;
    private Token tok;
    private final java.util.ArrayDeque<Token> ahead = new java.util.ArrayDeque<>();
    private Span prevEnd;
    private int lastErrorLine = -1;
    private int depth;
    private long consumed;

    TokenCursor(Lexer lexer, Diagnostics diags) {
        this.lexer = lexer;
        this.diags = diags;
        this.tok = lexer.next();
        this.prevEnd = tok.span();
    }

    Token tok() {
        return tok;
    }

    TokenKind kind() {
        return tok.kind();
    }

    boolean at(TokenKind k) {
        return tok.kind() == k;
    }

    Token peek() {
        if (ahead.isEmpty()) {
            ahead.addLast(lexer.next());
        }
        return ahead.peekFirst();
    }

    /** The token after {@link #peek()}. */
    Token peek2() {
        peek();
        if (ahead.size() < 2) {
            ahead.addLast(lexer.next());
        }
        java.util.Iterator<Token> it = ahead.iterator();
        it.next();
        return it.next();
    }

    /** Count of tokens consumed so far; lets loops prove they make progress. */
    long consumed() {
        return consumed;
    }

    Token next() {
        Token t = tok;
        prevEnd = t.span();
        tok = ahead.isEmpty() ? lexer.next() : ahead.pollFirst();
        consumed++;
        return t;
    }

    /** The span of the last consumed token, for closing a node's span. */
    Span prev() {
        return prevEnd;
    }

    boolean got(TokenKind k) {
        if (tok.kind() == k) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes {@code k} or reports "unexpected X, expected k". Returns the token's span either way. */
    Span want(TokenKind k) {
        Span at = tok.span();
        if (!got(k)) {
            syntaxError("unexpected " + tok.describe() + ", expected " + k.text());
        }
        return at;
    }

    void syntaxError(String message) {
        syntaxErrorAt(tok.span(), message);
    }

    void syntaxErrorAt(Span at, String message) {
        if (at.line() != lastErrorLine) {
            lastErrorLine = at.line();
            diags.error(at, "syntax error: " + message);
        }
        checkFull();
    }

    void unsupported(Span at, String what) {
        diags.unsupported(at, what);
        checkFull();
    }

    private void checkFull() {
        if (diags.full()) {
            throw new Bailout();
        }
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            diags.unsupported(tok.span(), "nesting deeper than " + MAX_DEPTH);
            throw new Bailout();
        }
    }

    void leave() {
        depth--;
    }

    /** Adds {@code n} levels for a left-nested chain (a+b+c..., f()()()...) that is built by a loop. */
    void chain(int n) {
        if (depth + n > MAX_DEPTH) {
            enterAll(n);
        }
    }

    private void enterAll(int n) {
        depth += n;
        enter();
    }
}
