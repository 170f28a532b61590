package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.SourceFile;
import defercheck.source.Span;

/**
 * Turns source text into tokens on demand, with Go's automatic semicolon insertion (spec "Semicolons"):
 * after a line's final identifier, literal, one of break/continue/fallthrough/return, or one of
 * ++ -- ) ] }, a newline (or a comment containing one, or EOF) becomes a semicolon.
 * Columns count UTF-8 bytes, as gc's do.
 */
public final class Lexer {

    private final String file;
    private final String src;
    private final Diagnostics diags;
    private final LiteralScanner literals;
    private int pos;
    private int line = 1;
    private int col = 1;
    private boolean insertSemi;
    private boolean done;

    public Lexer(SourceFile source, Diagnostics diags) {
        this.file = source.name();
        this.src = source.text();
        this.diags = diags;
        this.literals = new LiteralScanner(this);
        if (src.startsWith("\uFEFF")) {
            pos = 1;
        }
    }

    /** The next token; after the end, EOF forever. */
    public Token next() {
        while (true) {
            if (done || diags.full()) {
                return new Token(TokenKind.EOF, "", null, here());
            }
            Token t = scan();
            if (t != null) {
                insertSemi = endsLine(t.kind());
                return t;
            }
        }
    }

    /** One token, or null after skipping something that is not one (white space, a bad character). */
    private Token scan() {
        if (pos >= src.length()) {
            done = !insertSemi;
            return insertSemi ? semicolon("", here()) : null;
        }
        char c = src.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\r') {
            advance();
            return null;
        }
        if (c == '\n') {
            Span at = here();
            advance();
            return insertSemi ? semicolon("\n", at) : null;
        }
        if (c == '/' && peek(1) == '/') {
            return lineComment();
        }
        if (c == '/' && peek(1) == '*') {
            return blockComment();
        }
        return token(c);
    }

    private Token token(char c) {
        int start = pos;
        Span at = here();
        if (isLetter(c)) {
            return identifier(start, at);
        }
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            return literals.number(start, at);
        }
        if (c == '"') {
            return literals.interpreted(start, at);
        }
        if (c == '`') {
            return literals.raw(start, at);
        }
        if (c == '\'') {
            return literals.rune(start, at);
        }
        String symbol = Spellings.longest(src, pos);
        if (symbol == null) {
            badCharacter(at);
            return null;
        }
        for (int i = 0; i < symbol.length(); i++) {
            advance();
        }
        return new Token(Spellings.kind(symbol), symbol, null, spanFrom(at));
    }

    private void badCharacter(Span at) {
        int cp = src.codePointAt(pos);
        if (cp == 0) {
            diags.error(at, "invalid NUL character");
        } else if (cp == 0xFFFD) {
            diags.error(at, "invalid UTF-8 encoding");
        } else {
            diags.error(at, String.format("invalid character U+%04X '%s'", cp, new String(Character.toChars(cp))));
        }
        advance();
        if (Character.charCount(cp) == 2) {
            advance();
        }
    }

    private Token identifier(int start, Span at) {
        while (pos < src.length() && (isLetter(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
            advance();
        }
        String text = src.substring(start, pos);
        TokenKind kw = Spellings.keyword(text);
        return new Token(kw == null ? TokenKind.IDENT : kw, text, null, spanFrom(at));
    }

    private Token lineComment() {
        Span at = here();
        while (pos < src.length() && src.charAt(pos) != '\n') {
            advance();
        }
        return insertSemi ? semicolon("\n", at) : null;
    }

    private Token blockComment() {
        Span at = here();
        advance();
        advance();
        boolean newline = false;
        while (pos < src.length() && !(src.charAt(pos) == '*' && peek(1) == '/')) {
            newline |= src.charAt(pos) == '\n';
            advance();
        }
        if (pos >= src.length()) {
            diags.error(at, "comment not terminated");
            done = true;
            return null;
        }
        advance();
        advance();
        return newline && insertSemi ? semicolon("\n", at) : null;
    }

    private Token semicolon(String text, Span at) {
        return new Token(TokenKind.SEMICOLON, text, null, at);
    }

    private static boolean endsLine(TokenKind k) {
        return switch (k) {
            case IDENT, INT, FLOAT, IMAG, CHAR, STRING,
                    BREAK, CONTINUE, FALLTHROUGH, RETURN,
                    INC, DEC, RPAREN, RBRACK, RBRACE -> true;
            default -> false;
        };
    }

    // ---- character access, shared with LiteralScanner ----

    char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    boolean atEnd() {
        return pos >= src.length();
    }

    int pos() {
        return pos;
    }

    String text(int start) {
        return src.substring(start, pos);
    }

    Diagnostics diags() {
        return diags;
    }

    void stop() {
        done = true;
    }

    /** Moves one UTF-16 unit; the column grows by that unit's share of its UTF-8 length. */
    void advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else if (c < 0x80) {
            col++;
        } else if (c < 0x800 || Character.isSurrogate(c)) {
            col += 2;
        } else {
            col += 3;
        }
    }

    Span here() {
        return Span.at(file, line, col);
    }

    Span spanFrom(Span start) {
        return new Span(file, start.line(), start.col(), line, col);
    }

    static boolean isLetter(char c) {
        return c == '_' || (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
