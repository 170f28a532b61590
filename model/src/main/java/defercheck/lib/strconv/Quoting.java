package defercheck.lib.strconv;

import defercheck.lib.unicode.UnicodeTables;
import defercheck.lib.unicode.UnicodeVersion;
import defercheck.lib.utf8.DecodedRune;
import defercheck.lib.utf8.Utf8;
import defercheck.source.GoVersion;

/**
 * strconv's quoting functions for one Go release: which runes print as themselves depends on its Unicode
 * tables. Quote escapes a byte that is not valid UTF-8 as {@code \xNN}, a non-printable rune as {@code \a \b
 * \f \n \r \t \v}, {@code \xNN} (below U+0020 and U+007F), <code>&#92;uNNNN</code> or <code>&#92;UNNNNNNNN</code>.
 */
public final class Quoting {

    private static final String LOWER_HEX = "0123456789abcdef";

    private final UnicodeTables tables;

    public Quoting(UnicodeVersion version) {
        this.tables = UnicodeTables.of(version);
    }

    /**
     * The quoting of Go release {@code go}; throws UnsupportedOperationException for a release whose Unicode
     * tables the library does not carry (before 1.16), which a caller reports as unsupported.
     */
    public static Quoting of(GoVersion go) {
        return new Quoting(UnicodeVersion.of(go).orElseThrow(() -> new UnsupportedOperationException(
                "Unicode tables of Go 1." + go.minor() + " (strconv.IsPrint) are not modelled; 1.16 and later are")));
    }

    public boolean isPrint(long r) {
        return tables.isPrint(r);
    }

    public boolean isGraphic(long r) {
        return tables.isGraphic(r);
    }

    /** strconv.Quote. */
    public String quote(String s) {
        return appendQuoted(new StringBuilder(s.length() + 2), s, '"', false, false).toString();
    }

    /** strconv.QuoteToASCII: also escapes every rune above U+007E. */
    public String quoteToASCII(String s) {
        return appendQuoted(new StringBuilder(s.length() + 2), s, '"', true, false).toString();
    }

    /** strconv.QuoteToGraphic: keeps graphic runes such as U+00A0 unescaped. */
    public String quoteToGraphic(String s) {
        return appendQuoted(new StringBuilder(s.length() + 2), s, '"', false, true).toString();
    }

    /** strconv.QuoteRune; an invalid rune is quoted as U+FFFD. */
    public String quoteRune(long r) {
        return appendQuotedRune(new StringBuilder(), r, false, false).toString();
    }

    public String quoteRuneToASCII(long r) {
        return appendQuotedRune(new StringBuilder(), r, true, false).toString();
    }

    public String quoteRuneToGraphic(long r) {
        return appendQuotedRune(new StringBuilder(), r, false, true).toString();
    }

    /** strconv.AppendQuote. */
    public StringBuilder appendQuote(StringBuilder b, String s) {
        return appendQuoted(b, s, '"', false, false);
    }

    /** strconv.AppendQuoteToASCII. */
    public StringBuilder appendQuoteToASCII(StringBuilder b, String s) {
        return appendQuoted(b, s, '"', true, false);
    }

    /** strconv.AppendQuoteRune. */
    public StringBuilder appendQuoteRune(StringBuilder b, long r) {
        return appendQuotedRune(b, r, false, false);
    }

    /** Appends the quoted form of {@code s} to {@code b}, quote being '"' (or '\'' for a rune literal's body). */
    public StringBuilder appendQuoted(StringBuilder b, String s, char quote, boolean asciiOnly, boolean graphicOnly) {
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            if (d.invalid()) {
                int c = s.charAt(i);
                b.append("\\x").append(LOWER_HEX.charAt(c >> 4)).append(LOWER_HEX.charAt(c & 0xF));
            } else {
                appendEscapedRune(b, d.rune(), quote, asciiOnly, graphicOnly);
            }
            i += d.width();
        }
        return b.append(quote);
    }

    /** strconv.AppendQuoteRune and friends. */
    public StringBuilder appendQuotedRune(StringBuilder b, long r, boolean asciiOnly, boolean graphicOnly) {
        b.append('\'');
        appendEscapedRune(b, Utf8.validRune(r) ? (int) r : Utf8.RUNE_ERROR, '\'', asciiOnly, graphicOnly);
        return b.append('\'');
    }

    /** strconv.CanBackquote: no control character but tab, no backquote, valid UTF-8, no U+FEFF. */
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            DecodedRune d = Utf8.decodeRune(s, i);
            i += d.width();
            if (d.width() > 1) {
                if (d.rune() == 0xFEFF) {
                    return false;
                }
                continue;
            }
            int r = d.rune();
            if (r == Utf8.RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private void appendEscapedRune(StringBuilder b, int r, char quote, boolean asciiOnly, boolean graphicOnly) {
        if (r == quote || r == '\\') {
            b.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < Utf8.RUNE_SELF && isPrint(r)) {
                b.append((char) r);
                return;
            }
        } else if (isPrint(r) || graphicOnly && isGraphic(r)) {
            Utf8.appendRune(b, r);
            return;
        }
        String named = namedEscape(r);
        if (named != null) {
            b.append(named);
        } else if (r < ' ' || r == 0x7F) {
            b.append("\\x").append(LOWER_HEX.charAt(r >> 4)).append(LOWER_HEX.charAt(r & 0xF));
        } else if (r < 0x10000) {
            appendHex(b.append("\\u"), r, 4);
        } else {
            appendHex(b.append("\\U"), r, 8);
        }
    }

    private static String namedEscape(int r) {
        switch (r) {
            case 0x07:
                return "\\a";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case 0x0B:
                return "\\v";
            default:
                return null;
        }
    }

    private static void appendHex(StringBuilder b, int r, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            b.append(LOWER_HEX.charAt(r >> shift & 0xF));
        }
    }
}
