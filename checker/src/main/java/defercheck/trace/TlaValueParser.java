package defercheck.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a TLA+ value as TLC prints it (integers, strings, TRUE/FALSE, records {@code [a |-> v]}, sequences
 * {@code << >>}, sets, functions {@code (k :> v @@ ...)}) and gives its ITF JSON: records as objects,
 * sequences as lists, {@code #set}, {@code #map}, {@code #bigint} for every integer (ITF since 2023-09-14).
 */
final class TlaValueParser {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final String s;
    private int i;

    private TlaValueParser(String s) {
        this.s = s;
    }

    static JsonNode toItf(String tla) {
        TlaValueParser p = new TlaValueParser(tla);
        JsonNode v = p.value();
        p.skip();
        if (p.i != p.s.length()) {
            throw p.error("trailing text");
        }
        return v;
    }

    private JsonNode value() {
        skip();
        if (eat("<<")) {
            ArrayNode a = F.arrayNode();
            list(">>", a);
            return a;
        }
        if (eat("[")) {
            ObjectNode o = F.objectNode();
            skip();
            if (!eat("]")) {
                do {
                    String name = ident();
                    expect("|->");
                    o.set(name, value());
                    skip();
                } while (eat(","));
                expect("]");
            }
            return o;
        }
        if (eat("{")) {
            ArrayNode a = F.arrayNode();
            list("}", a);
            return F.objectNode().set("#set", a);
        }
        if (eat("(")) {
            ArrayNode pairs = F.arrayNode();
            do {
                JsonNode k = value();
                expect(":>");
                pairs.add(F.arrayNode().add(k).add(value()));
                skip();
            } while (eat("@@"));
            expect(")");
            return F.objectNode().set("#map", pairs);
        }
        if (peek() == '"') {
            return F.textNode(string());
        }
        if (eat("TRUE")) {
            return F.booleanNode(true);
        }
        if (eat("FALSE")) {
            return F.booleanNode(false);
        }
        int start = i;
        if (peek() == '-') {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start && Character.isDigit(s.charAt(i - 1))) {
            return F.objectNode().put("#bigint", s.substring(start, i));
        }
        throw error("unexpected value");
    }

    private void list(String close, ArrayNode into) {
        skip();
        if (eat(close)) {
            return;
        }
        do {
            into.add(value());
            skip();
        } while (eat(","));
        expect(close);
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                sb.append(c);
            }
        }
        expect("\"");
        return sb.toString();
    }

    private String ident() {
        skip();
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (start == i) {
            throw error("expected a field name");
        }
        return s.substring(start, i);
    }

    private void expect(String t) {
        skip();
        if (!eat(t)) {
            throw error("expected " + t);
        }
    }

    private boolean eat(String t) {
        skip();
        if (s.startsWith(t, i)) {
            i += t.length();
            return true;
        }
        return false;
    }

    private char peek() {
        skip();
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("TLA+ value, offset " + i + ": " + what + " in " + s);
    }
}
