package defercheck.coreprogram.read;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the core form a trace file stores ({@code program.core}: the {@link CoreProgram}'s record text,
 * e.g. {@code CoreProgram[functions=[CoreFunction[result=NONE, body=[Panic[value=1]]]]]}). Throws
 * IllegalArgumentException with the reason on any other text (naming the position where the text stops being
 * record text), and on a program outside the core language ({@link CoreLanguage}).
 */
public final class CoreForm {
    /** Records and lists nest about four deep per closure level; the explorer's knobs allow three levels. */
    private static final int MAX_NESTING = 64;
    /** Each record's components, in order (a record not here is refused by name). */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("CoreProgram", List.of("functions")),
            Map.entry("CoreFunction", List.of("result", "body")),
            Map.entry("Print", List.of("value")),
            Map.entry("Recover", List.of()),
            Map.entry("Call", List.of("function")),
            Map.entry("SetResult", List.of("value")),
            Map.entry("Panic", List.of("value")),
            Map.entry("Return", List.of("value")),
            Map.entry("Goexit", List.of()),
            Map.entry("Exit", List.of("value")),
            Map.entry("Defer", List.of("guard", "what")),
            Map.entry("Guard", List.of("kind", "trips")),
            Map.entry("Closure", List.of("body")),
            Map.entry("Named", List.of("function")),
            Map.entry("RecoverCall", List.of()),
            Map.entry("PanicCall", List.of("value")),
            Map.entry("PrintlnCall", List.of("value")));
    private final String s;
    private int i;

    private CoreForm(String s) {
        this.s = s;
    }

    public static CoreProgram parse(String text) {
        CoreForm f = new CoreForm(text.strip());
        Object v = f.value(0);
        if (f.i != f.s.length()) {
            throw f.error("text after the program");
        }
        Node n = node(v, "CoreProgram");
        List<CoreFunction> fns = new ArrayList<>();
        for (Object o : list(n.get("functions"))) {
            Node fn = node(o, "CoreFunction");
            ResultKind result = kind(ResultKind.class, "result kind", atom(fn.get("result")));
            fns.add(new CoreFunction(result, body(fn.get("body"))));
        }
        CoreProgram p = new CoreProgram(fns);
        if (!p.toString().equals(f.s)) {
            throw new IllegalArgumentException("core form: not the record text of the program it reads as");
        }
        CoreLanguage.check(p);
        return p;
    }

    private record Node(String name, Map<String, Object> fields) {
        Object get(String k) {
            return fields.get(k);
        }

        int num(String k) {
            String a = atom(get(k));
            try {
                return Integer.parseInt(a);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("core form: " + name + "'s " + k + " is not an int: " + a);
            }
        }
    }

    private static <E extends Enum<E>> E kind(Class<E> kinds, String what, String name) {
        try {
            return Enum.valueOf(kinds, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("core form: unknown " + what + " " + name + " (want one of "
                    + Arrays.toString(kinds.getEnumConstants()) + ")");
        }
    }

    private static List<CoreStmt> body(Object o) {
        List<CoreStmt> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(stmt(node(x, null)));
        }
        return out;
    }

    private static CoreStmt stmt(Node n) {
        return switch (n.name()) {
            case "Print" -> new CoreStmt.Print(n.num("value"));
            case "Recover" -> new CoreStmt.Recover();
            case "Call" -> new CoreStmt.Call(n.num("function"));
            case "SetResult" -> new CoreStmt.SetResult(n.num("value"));
            case "Panic" -> new CoreStmt.Panic(n.num("value"));
            case "Return" -> new CoreStmt.Return(n.num("value"));
            case "Goexit" -> new CoreStmt.Goexit();
            case "Exit" -> new CoreStmt.Exit(n.num("value"));
            case "Defer" -> {
                Node g = node(n.get("guard"), "Guard");
                Guard guard = new Guard(kind(Guard.Kind.class, "guard kind", atom(g.get("kind"))), g.num("trips"));
                yield new CoreStmt.Defer(guard, deferred(node(n.get("what"), null)));
            }
            default -> throw new IllegalArgumentException("core form: unknown statement " + n.name());
        };
    }

    private static Deferred deferred(Node n) {
        return switch (n.name()) {
            case "Closure" -> new Deferred.Closure(body(n.get("body")));
            case "Named" -> new Deferred.Named(n.num("function"));
            case "RecoverCall" -> new Deferred.RecoverCall();
            case "PanicCall" -> new Deferred.PanicCall(n.num("value"));
            case "PrintlnCall" -> new Deferred.PrintlnCall(n.num("value"));
            default -> throw new IllegalArgumentException("core form: unknown deferred call " + n.name());
        };
    }

    /** The record {@code o}, when it is one named {@code name} (null: any) with its record's fields, in order. */
    private static Node node(Object o, String name) {
        if (!(o instanceof Node n) || (name != null && !n.name().equals(name))) {
            throw new IllegalArgumentException("core form: expected " + (name == null ? "a record" : name)
                    + ", got " + o);
        }
        List<String> want = FIELDS.get(n.name());
        if (want != null && !List.copyOf(n.fields().keySet()).equals(want)) {
            throw new IllegalArgumentException("core form: " + n.name() + " has fields " + n.fields().keySet()
                    + ", want " + want);
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
    private Object value(int depth) {
        if (depth > MAX_NESTING) {
            throw error("nested deeper than any core program");
        }
        if (peek() == '[') {
            i++;
            List<Object> out = new ArrayList<>();
            if (peek() != ']') {
                do {
                    out.add(value(depth + 1));
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
                if (fields.containsKey(k)) {
                    throw error(word + " has field " + k + " twice");
                }
                expect('=');
                fields.put(k, value(depth + 1));
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
