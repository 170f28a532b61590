package defercheck.tlc;

import defercheck.core.CoreFunction;
import defercheck.core.CoreProgram;
import defercheck.core.Deferred;
import defercheck.core.Guard;
import defercheck.core.ResultKind;
import defercheck.core.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the core form a trace file stores ({@code program.core}: the {@link CoreProgram}'s record text,
 * e.g. {@code CoreProgram[functions=[CoreFunction[result=NONE, body=[Panic[value=1]]]]]}). Throws
 * IllegalArgumentException, naming the position, on any other text, and with the reason on a program outside
 * the core language ({@link CoreLanguage}).
 */
public final class CoreForm {
    private final String s;
    private int i;

    private CoreForm(String s) {
        this.s = s;
    }

    public static CoreProgram parse(String text) {
        CoreForm f = new CoreForm(text.strip());
        Object v = f.value();
        if (f.i != f.s.length()) {
            throw f.error("text after the program");
        }
        Node n = node(v, "CoreProgram");
        List<CoreFunction> fns = new ArrayList<>();
        for (Object o : list(n.get("functions"))) {
            Node fn = node(o, "CoreFunction");
            fns.add(new CoreFunction(ResultKind.valueOf(atom(fn.get("result"))), body(fn.get("body"))));
        }
        CoreProgram p = new CoreProgram(fns);
        CoreLanguage.check(p);
        return p;
    }

    private record Node(String name, Map<String, Object> fields) {
        Object get(String k) {
            if (!fields.containsKey(k)) {
                throw new IllegalArgumentException("core form: " + name + " has no field " + k);
            }
            return fields.get(k);
        }

        int num(String k) {
            return Integer.parseInt(atom(get(k)));
        }
    }

    private static List<Stmt> body(Object o) {
        List<Stmt> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(stmt(node(x, null)));
        }
        return out;
    }

    private static Stmt stmt(Node n) {
        switch (n.name()) {
            case "Print": return new Stmt.Print(n.num("value"));
            case "Recover": return new Stmt.Recover();
            case "Call": return new Stmt.Call(n.num("function"));
            case "SetResult": return new Stmt.SetResult(n.num("value"));
            case "Panic": return new Stmt.Panic(n.num("value"));
            case "Return": return new Stmt.Return(n.num("value"));
            case "Goexit": return new Stmt.Goexit();
            case "Exit": return new Stmt.Exit(n.num("value"));
            case "Defer": {
                Node g = node(n.get("guard"), "Guard");
                Guard guard = new Guard(Guard.Kind.valueOf(atom(g.get("kind"))), g.num("trips"));
                return new Stmt.Defer(guard, deferred(node(n.get("what"), null)));
            }
            default: throw new IllegalArgumentException("core form: unknown statement " + n.name());
        }
    }

    private static Deferred deferred(Node n) {
        switch (n.name()) {
            case "Closure": return new Deferred.Closure(body(n.get("body")));
            case "Named": return new Deferred.Named(n.num("function"));
            case "RecoverCall": return new Deferred.RecoverCall();
            case "PanicCall": return new Deferred.PanicCall(n.num("value"));
            case "PrintlnCall": return new Deferred.PrintlnCall(n.num("value"));
            default: throw new IllegalArgumentException("core form: unknown deferred call " + n.name());
        }
    }

    private static Node node(Object o, String name) {
        if (!(o instanceof Node n) || (name != null && !n.name().equals(name))) {
            throw new IllegalArgumentException("core form: expected " + (name == null ? "a record" : name) + ", got " + o);
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("core form: expected a list, got " + o);
        }
        return (List<Object>) o;
    }

    private static String atom(Object o) {
        if (!(o instanceof String a)) {
            throw new IllegalArgumentException("core form: expected a name or number, got " + o);
        }
        return a;
    }

    /** A record {@code Name[k=v, ...]}, a list {@code [v, ...]} or an atom (name or number). */
    private Object value() {
        if (peek() == '[') {
            i++;
            List<Object> out = new ArrayList<>();
            if (peek() != ']') {
                do {
                    out.add(value());
                } while (eat(", "));
            }
            expect(']');
            return out;
        }
        String word = word();
        if (peek() != '[') {
            return word;
        }
        i++;
        Map<String, Object> fields = new LinkedHashMap<>();
        if (peek() != ']') {
            do {
                String k = word();
                expect('=');
                fields.put(k, value());
            } while (eat(", "));
        }
        expect(']');
        return new Node(word, fields);
    }

    private String word() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
            i++;
        }
        if (start == i) {
            throw error("expected a name or number");
        }
        return s.substring(start, i);
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private boolean eat(String t) {
        if (s.startsWith(t, i)) {
            i += t.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("core form: " + what + " at character " + i);
    }
}
