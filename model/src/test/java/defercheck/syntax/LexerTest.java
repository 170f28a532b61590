package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    static List<Token> lex(String src) {
        Lexer lx = new Lexer(new SourceFile("prog.go", src), new Diagnostics());
        List<Token> out = new ArrayList<>();
        for (Token t = lx.next(); t.kind() != TokenKind.EOF; t = lx.next()) {
            out.add(t);
        }
        return out;
    }

    static String kinds(String src) {
        StringBuilder b = new StringBuilder();
        for (Token t : lex(src)) {
            b.append(t.kind() == TokenKind.SEMICOLON ? t.describe() : t.kind().name()).append(' ');
        }
        return b.toString().trim();
    }

    @Test
    void semicolonInsertion() {
        assertEquals("IDENT INC newline RETURN newline RBRACE EOF", kinds("x++\nreturn\n}"));
        assertEquals("IDENT newline IDENT EOF", kinds("x /* a\nb */ y"));
        assertEquals("IDENT ADD IDENT EOF", kinds("x +\ny"));
        assertEquals("IDENT newline IDENT EOF", kinds("x // c\ny"));
    }

    @Test
    void literalsAndEscapes() {
        // string values are byte strings: é is the two bytes c3 a9, \xff one invalid byte
        assertEquals("A\u00c3\u00a9\n\t\\\"", lex("\"\\x41\\u00e9\\n\\t\\\\\\\"\"").get(0).value());
        assertEquals("a\\n", lex("`a\\n`").get(0).value());
        assertEquals("\u00c3\u00a9", lex("\"\\303\\251\"").get(0).value());
        assertEquals("\u00ff", lex("\"\\xff\"").get(0).value());
        assertEquals("\u00c3\u00a9", lex("`\u00e9`").get(0).value());
        assertEquals("233", lex("'\u00e9'").get(0).value());
        assertEquals("255", lex("'\\xff'").get(0).value());
        for (String n : new String[] {"0x_1F", "0o17", "017", "0b1_01", "1_000"}) {
            assertEquals(TokenKind.INT, lex(n).get(0).kind(), n);
        }
        assertEquals(31, ExprParser.intValue("0x_1F").intValue());
        assertEquals(15, ExprParser.intValue("017").intValue());
        assertEquals(5, ExprParser.intValue("0b1_01").intValue());
        assertEquals("prog.go:1:4", lex("x, \"y\"").get(2).span().position());
    }
}
