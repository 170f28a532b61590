package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Scans number, string and rune literals for the {@link Lexer} and checks them the way gc's scanner does.
 * A string's value is decoded into a Java string; escapes that spell raw bytes ({@code \377}, {@code \xff})
 * must together form valid UTF-8, otherwise the literal is reported as unsupported (a Java string cannot
 * carry arbitrary bytes, and the IR's string constants are text).
 */
final class LiteralScanner {

    private final Lexer lx;

    LiteralScanner(Lexer lexer) {
        this.lx = lexer;
    }

    Token number(int start, Span at) {
        int base = prefix();
        boolean isFloat = false;
        digits(base);
        if (lx.peek(0) == '.') {
            isFloat = true;
            lx.advance();
            digits(base);
        }
        char e = (char) (lx.peek(0) | 0x20);
        if ((base == 10 && e == 'e') || (base == 16 && e == 'p')) {
            isFloat = true;
            exponent();
        }
        TokenKind kind = isFloat ? TokenKind.FLOAT : TokenKind.INT;
        if (lx.peek(0) == 'i') {
            lx.advance();
            kind = TokenKind.IMAG;
        }
        String text = lx.text(start);
        if (kind == TokenKind.INT) {
            checkInt(text, base, at);
        }
        return new Token(kind, text, null, lx.spanFrom(at));
    }

    private int prefix() {
        if (lx.peek(0) != '0') {
            return 10;
        }
        char p = (char) (lx.peek(1) | 0x20);
        if (p == 'x' || p == 'b' || p == 'o') {
            lx.advance();
            lx.advance();
            return p == 'x' ? 16 : p == 'b' ? 2 : 8;
        }
        return 10;
    }

    private void digits(int base) {
        int limit = base == 16 ? 16 : 10;
        while (Character.digit(lx.peek(0), limit) >= 0 || lx.peek(0) == '_') {
            lx.advance();
        }
    }

    private void exponent() {
        lx.advance();
        if (lx.peek(0) == '+' || lx.peek(0) == '-') {
            lx.advance();
        }
        while (Lexer.isDigit(lx.peek(0)) || lx.peek(0) == '_') {
            lx.advance();
        }
    }

    private void checkInt(String text, int base, Span at) {
        String digits = base == 10 ? text : text.substring(2);
        int effective = base == 10 && text.length() > 1 && text.charAt(0) == '0' ? 8 : base;
        String name = effective == 16 ? "hexadecimal" : effective == 8 ? "octal" : effective == 2 ? "binary" : "decimal";
        for (char ch : digits.toCharArray()) {
            if (ch != '_' && Character.digit(ch, effective) < 0) {
                lx.diags().error(at, "invalid digit '" + ch + "' in " + name + " literal");
                return;
            }
        }
        String body = digits.replace("_", "");
        if (body.isEmpty()) {
            lx.diags().error(at, name + " literal has no digits");
        } else if (text.endsWith("_") || text.contains("__") || (base == 10 && text.startsWith("_"))) {
            lx.diags().error(at, "'_' must separate successive digits");
        }
    }

    Token interpreted(int start, Span at) {
        lx.advance();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            if (lx.atEnd() || lx.peek(0) == '\n') {
                lx.diags().error(at, lx.atEnd() ? "string literal not terminated" : "newline in string");
                lx.stop();
                return new Token(TokenKind.STRING, lx.text(start), "", lx.spanFrom(at));
            }
            char c = lx.peek(0);
            if (c == '"') {
                lx.advance();
                break;
            }
            if (c == '\\') {
                escape('"', bytes);
            } else {
                literalChar(bytes);
            }
        }
        return new Token(TokenKind.STRING, lx.text(start), decode(bytes.toByteArray(), at), lx.spanFrom(at));
    }

    Token raw(int start, Span at) {
        lx.advance();
        StringBuilder value = new StringBuilder();
        while (!lx.atEnd() && lx.peek(0) != '`') {
            if (lx.peek(0) != '\r') {
                value.append(lx.peek(0));
            }
            lx.advance();
        }
        if (lx.atEnd()) {
            lx.diags().error(at, "raw string literal not terminated");
            lx.stop();
        } else {
            lx.advance();
        }
        return new Token(TokenKind.STRING, lx.text(start), value.toString(), lx.spanFrom(at));
    }

    /**
     * A rune literal; its value (as decimal text in the token) is the code point, or for a {@code \x} or octal
     * escape the byte value.
     */
    Token rune(int start, Span at) {
        lx.advance();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int n = 0;
        int value = 0;
        while (!lx.atEnd() && lx.peek(0) != '\'' && lx.peek(0) != '\n') {
            bytes.reset();
            if (lx.peek(0) == '\\') {
                value = escape('\'', bytes);
            } else {
                value = lx.peek(0);
                if (Character.isHighSurrogate((char) value) && Character.isLowSurrogate(lx.peek(1))) {
                    value = Character.toCodePoint((char) value, lx.peek(1));
                }
                literalChar(bytes);
            }
            n++;
        }
        if (lx.peek(0) != '\'') {
            lx.diags().error(at, "rune literal not terminated");
        } else {
            lx.advance();
            if (n != 1) {
                lx.diags().error(at, n == 0 ? "empty rune literal or unescaped ' in rune literal"
                        : "more than one character in rune literal");
            }
        }
        return new Token(TokenKind.CHAR, lx.text(start), Integer.toString(value), lx.spanFrom(at));
    }

    private void literalChar(ByteArrayOutputStream bytes) {
        char c = lx.peek(0);
        lx.advance();
        String s;
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(lx.peek(0))) {
            s = new String(new char[] {c, lx.peek(0)});
            lx.advance();
        } else {
            s = String.valueOf(c);
        }
        bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes one escape into {@code bytes}; returns its value (a code point, or a byte value for x and octal). */
    private int escape(char quote, ByteArrayOutputStream bytes) {
        Span at = lx.here();
        lx.advance();
        char c = lx.peek(0);
        int simple = "abfnrtv\\".indexOf(c);
        if (simple >= 0 || c == quote) {
            lx.advance();
            char v = simple >= 0 ? "\u0007\b\f\n\r\u0009\u000b\\".charAt(simple) : quote;
            bytes.write(v);
            return v;
        } else if (c == 'x' || c == 'u' || c == 'U') {
            lx.advance();
            return numericEscape(c == 'x' ? 2 : c == 'u' ? 4 : 8, 16, c != 'x', at, bytes);
        } else if (c >= '0' && c <= '7') {
            return numericEscape(3, 8, false, at, bytes);
        }
        lx.diags().error(at, "unknown escape");
        if (!lx.atEnd() && c != '\n') {
            lx.advance();
        }
        return 0;
    }

    private int numericEscape(int count, int base, boolean isRune, Span at, ByteArrayOutputStream bytes) {
        long v = 0;
        for (int i = 0; i < count; i++) {
            int d = Character.digit(lx.peek(0), base);
            if (d < 0) {
                lx.diags().error(at, "invalid character in escape sequence");
                return 0;
            }
            v = v * base + d;
            lx.advance();
        }
        if (!isRune && v > 255) {
            lx.diags().error(at, "octal escape value " + v + " > 255");
        } else if (isRune && (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))) {
            lx.diags().error(at, "escape is invalid Unicode code point U+" + Long.toHexString(v).toUpperCase());
        } else if (isRune) {
            bytes.writeBytes(new String(Character.toChars((int) v)).getBytes(StandardCharsets.UTF_8));
        } else {
            bytes.write((int) v);
        }
        return (int) v;
    }

    private String decode(byte[] bytes, Span at) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            lx.diags().unsupported(at, "string literal that is not valid UTF-8");
            return "";
        }
    }
}
