package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;

/**
 * One token. {@code text} is the source text ("\n" for a semicolon inserted at a newline, "" at EOF);
 * {@code value} is the decoded content of a string literal and null for every other token.
 */
public record Token(TokenKind kind, String text, String value, Span span) {

    /** The token as gc names it after "unexpected" in a syntax error. */
    public String describe() {
        if (kind == TokenKind.SEMICOLON) {
            return text.equals(";") ? "semicolon" : text.equals("\n") ? "newline" : "EOF";
        }
        if (kind == TokenKind.IDENT) {
            return "name " + text;
        }
        if (kind.isLiteral()) {
            return "literal " + text;
        }
        if (kind.isKeyword()) {
            return "keyword " + kind.text();
        }
        return kind.text();
    }
}
