package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The spelling of Go's operators, punctuation and keywords. */
final class Spellings {

    private static final Map<String, TokenKind> SYMBOLS = new LinkedHashMap<>();
    private static final Map<String, TokenKind> KEYWORDS = new LinkedHashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.text(), k);
            } else if (k.ordinal() >= TokenKind.ADD.ordinal()) {
                SYMBOLS.put(k.text(), k);
            }
        }
        SYMBOLS.remove("comma");
        SYMBOLS.remove("semicolon");
        SYMBOLS.put(",", TokenKind.COMMA);
        SYMBOLS.put(";", TokenKind.SEMICOLON);
    }

    private Spellings() {
    }

    /** The longest operator or punctuation spelled at {@code pos}, or null. */
    static String longest(String src, int pos) {
        for (int len = 4; len >= 1; len--) {
            if (pos + len <= src.length()) {
                String s = src.substring(pos, pos + len);
                if (SYMBOLS.containsKey(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    static TokenKind kind(String symbol) {
        return SYMBOLS.get(symbol);
    }

    static TokenKind keyword(String text) {
        return KEYWORDS.get(text);
    }
}
