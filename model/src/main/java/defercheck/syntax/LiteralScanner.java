package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Scans number, string and rune literals for the {@link Lexer} and checks them the way gc's scanner does.
 * A string's value is its bytes as a byte string (ByteStrings): source text as UTF-8, escapes that spell raw
 * bytes ({@code \377}, {@code \xff}) as those bytes, valid UTF-8 or not.
 */
final class LiteralScanner {

    private final Lexer lx;

    LiteralScanner(Lexer lexer) {
        this.lx = lexer;
    }

    /** gc's scanner.number, with its messages at its positions. */
    Token number(int start, Span at) {
        boolean ok = true;
        TokenKind kind = TokenKind.INT;
        int base = 10;
        char prefix = 0;
        int digsep = 0;
        int[] invalid = {-1};
        boolean seenPoint = lx.peek(0) == '.';
        if (!seenPoint) {
            if (lx.peek(0) == '0') {
                lx.advance();
                char p = (char) (lx.peek(0) | 0x20);
                if (p == 'x' || p == 'o' || p == 'b') {
                    lx.advance();
                    base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                    prefix = p;
                } else {
                    base = 8;
                    prefix = '0';
                    digsep = 1;
                }
            }
            digsep |= digits(start, base, invalid);
            if (lx.peek(0) == '.') {
                if (prefix == 'o' || prefix == 'b') {
                    lx.diags().error(lx.here(), "invalid radix point in " + baseName(base) + " literal");
                    ok = false;
                }
                lx.advance();
                seenPoint = true;
            }
        } else {
            lx.advance();
        }
        if (seenPoint) {
            kind = TokenKind.FLOAT;
            digsep |= digits(start, base, invalid);
        }
        if ((digsep & 1) == 0 && ok) {
            lx.diags().error(lx.here(), baseName(base) + " literal has no digits");
            ok = false;
        }
        char e = (char) (lx.peek(0) | 0x20);
        if (e == 'e' || e == 'p') {
            if (ok && e == 'e' && prefix != 0 && prefix != '0') {
                lx.diags().error(lx.here(), "'" + lx.peek(0) + "' exponent requires decimal mantissa");
                ok = false;
            } else if (ok && e == 'p' && prefix != 'x') {
                lx.diags().error(lx.here(), "'" + lx.peek(0) + "' exponent requires hexadecimal mantissa");
                ok = false;
            }
            lx.advance();
            kind = TokenKind.FLOAT;
            if (lx.peek(0) == '+' || lx.peek(0) == '-') {
                lx.advance();
            }
            digsep = digits(start, 10, null) | digsep & 2;
            if ((digsep & 1) == 0 && ok) {
                lx.diags().error(lx.here(), "exponent has no digits");
                ok = false;
            }
        } else if (prefix == 'x' && kind == TokenKind.FLOAT && ok) {
            lx.diags().error(lx.here(), "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if (lx.peek(0) == 'i') {
            lx.advance();
            kind = TokenKind.IMAG;
        }
        String text = lx.text(start);
        if (kind == TokenKind.INT && invalid[0] >= 0 && ok) {
            lx.diags().error(shift(at, invalid[0]), "invalid digit '" + text.charAt(invalid[0]) + "' in "
                    + baseName(base) + " literal");
            ok = false;
        }
        if ((digsep & 2) != 0 && ok) {
            int i = invalidSep(text);
            if (i >= 0) {
                lx.diags().error(shift(at, i), "'_' must separate successive digits");
            }
        }
        return new Token(kind, text, null, lx.spanFrom(at));
    }

    /** Go's %q of a rune, for messages. */
    private static String quoteRune(char c) {
        String q = defercheck.lib.strconv.Quoting.of(defercheck.source.GoVersion.parse("1.23")).quoteRune(c);
        return defercheck.source.ByteStrings.toText(q);
    }

    private static Span shift(Span at, int cols) {
        return Span.at(at.file(), at.line(), at.col() + cols);
    }

    private static String baseName(int base) {
        return switch (base) {
            case 2 -> "binary";
            case 8 -> "octal";
            case 10 -> "decimal";
            default -> "hexadecimal";
        };
    }

    /** Bit 0: a digit was seen; bit 1: a '_'. Records the first digit invalid for {@code base} (base <= 10). */
    private int digits(int start, int base, int[] invalid) {
        int digsep = 0;
        if (base <= 10) {
            char max = (char) ('0' + base);
            while (Lexer.isDigit(lx.peek(0)) || lx.peek(0) == '_') {
                int ds = 1;
                if (lx.peek(0) == '_') {
                    ds = 2;
                } else if (lx.peek(0) >= max && invalid != null && invalid[0] < 0) {
                    invalid[0] = lx.text(start).length();
                }
                digsep |= ds;
                lx.advance();
            }
        } else {
            while (Character.digit(lx.peek(0), 16) >= 0 || lx.peek(0) == '_') {
                digsep |= lx.peek(0) == '_' ? 2 : 1;
                lx.advance();
            }
        }
        return digsep;
    }

    /** gc's invalidSep: the index of the first '_' that does not separate digits, or -1. */
    private static int invalidSep(String x) {
        char x1 = ' ';
        char d = '.';
        int i = 0;
        if (x.length() >= 2 && x.charAt(0) == '0') {
            x1 = (char) (x.charAt(1) | 0x20);
            if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
                d = '0';
                i = 2;
            }
        }
        for (; i < x.length(); i++) {
            char p = d;
            d = x.charAt(i);
            if (d == '_') {
                if (p != '0') {
                    return i;
                }
            } else if (Lexer.isDigit(d) || x1 == 'x' && Character.digit(d, 16) >= 0) {
                d = '0';
            } else {
                if (p == '_') {
                    return i - 1;
                }
                d = '.';
            }
        }
        return d == '_' ? x.length() - 1 : -1;
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
        return new Token(TokenKind.STRING, lx.text(start), defercheck.source.ByteStrings.of(bytes.toByteArray()),
                lx.spanFrom(at));
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
        return new Token(TokenKind.STRING, lx.text(start), defercheck.source.ByteStrings.fromText(value.toString()),
                lx.spanFrom(at));
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
        boolean badEscape = false;
        while (!lx.atEnd() && lx.peek(0) != '\'' && lx.peek(0) != '\n') {
            bytes.reset();
            if (lx.peek(0) == '\\') {
                int errors = lx.diags().count();
                value = escape('\'', bytes);
                badEscape |= lx.diags().count() != errors;
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
            if (n == 0 && !badEscape) {
                lx.diags().error(lx.here(), "empty rune literal or unescaped '");
            } else if (n != 1 && !badEscape) {
                lx.diags().error(at, "more than one character in rune literal");
            }
            lx.advance();
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
        lx.diags().error(lx.here(), "unknown escape");
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
                if (!lx.atEnd()) {
                    lx.diags().error(lx.here(), "invalid character " + quoteRune(lx.peek(0)) + " in "
                            + baseName(base) + " escape");
                }
                return 0;
            }
            v = v * base + d;
            lx.advance();
        }
        if (!isRune && v > 255) {
            lx.diags().error(lx.here(), "octal escape value " + v + " > 255");
        } else if (isRune && (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))) {
            lx.diags().error(lx.here(), "escape is invalid Unicode code point U+" + Long.toHexString(v).toUpperCase());
        } else if (isRune) {
            bytes.writeBytes(new String(Character.toChars((int) v)).getBytes(StandardCharsets.UTF_8));
        } else {
            bytes.write((int) v);
        }
        return (int) v;
    }
}
