package defercheck.calculus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Go source that is a spec/Calculus.tla program: the shape {@link CalculusToCore} prints (gofmt'd
 * {@code main}, {@code f1..fN} returning an int, println / fmt.Println(recover()) / panic / runtime.Goexit /
 * {@code r = v} / {@code println(fK())} statements, defers of closures, loops of closure defers, and inside
 * closures defers of named functions). A top-level closure stands for {@code Defer(g)} of the first later
 * function g whose body, printed as a closure, is the same. The answer is checked by printing it again: only
 * source that round-trips byte for byte is accepted, so nothing outside the calculus is misread.
 */
public final class CalculusRecognizer {
    private static final Pattern FUNC = Pattern.compile("func (main|f(\\d+))\\(\\)( int| \\(r int\\))? \\{(\\})?");
    private static final Pattern LOOP = Pattern.compile("for i := 0; i < (\\d+); i\\+\\+ \\{");
    private static final Pattern NAMED_DEFER = Pattern.compile("defer f(\\d+)\\(\\)");
    private final List<String> lines;
    private int at;

    private CalculusRecognizer(String source) {
        this.lines = Arrays.asList(source.split("\n", -1));
    }

    /** The calculus program this source prints, or empty when the source is not one. */
    public static Optional<CalculusProgram> recognize(String source) {
        try {
            CalculusProgram p = new CalculusRecognizer(source).program();
            return CalculusToCore.translate(p).source().equals(source) ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException notCalculus) {
            return Optional.empty();
        }
    }

    /** A parsed statement before closures are resolved: a calculus statement, or a closure defer. */
    private record Parsed(CalculusStmt stmt, List<Parsed> closure, int trips) { }

    private CalculusProgram program() {
        List<List<Parsed>> raw = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        while (at < lines.size()) {
            Matcher m = FUNC.matcher(lines.get(at).strip());
            if (!m.matches() || lines.get(at).startsWith("\t")) {
                at++;
                continue;
            }
            int id = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (id != raw.size() || (id == 0) != (m.group(3) == null)) {
                throw new IllegalArgumentException("functions must be main, f1, f2, ... in order");
            }
            named.add(" (r int)".equals(m.group(3)));
            at++;
            raw.add(m.group(4) != null ? List.of() : block(1, false));
        }
        int n = raw.size();
        List<List<CalculusStmt>> bodies = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (int f = n; f >= 1; f--) {
            bodies.set(f - 1, resolve(raw.get(f - 1), f, bodies, named));
        }
        return new CalculusProgram(bodies, named);
    }

    /** Statements of one block at {@code depth} tabs, up to its closing line (which is consumed). */
    private List<Parsed> block(int depth, boolean closure) {
        List<Parsed> out = new ArrayList<>();
        String tabs = "\t".repeat(depth);
        while (true) {
            String line = lines.get(at++);
            if (line.equals("\t".repeat(depth - 1) + (closure ? "}()" : "}"))) {
                return out;
            }
            if (!line.startsWith(tabs) || line.startsWith(tabs + "\t")) {
                throw new IllegalArgumentException("unexpected indentation: " + line);
            }
            Parsed p = statement(line.substring(depth), depth, closure);
            if (p != null) {
                out.add(p);
            }
        }
    }

    private Parsed statement(String t, int depth, boolean closure) {
        Matcher loop = LOOP.matcher(t);
        Matcher named = NAMED_DEFER.matcher(t);
        if (t.equals("r := 0") || t.equals("_ = r") || t.equals("return") || t.equals("return r") || t.equals("return 0")) {
            return null;
        } else if (t.equals("defer func() {}()")) {
            return new Parsed(null, List.of(), 0);
        } else if (t.equals("defer func() {")) {
            return new Parsed(null, block(depth + 1, true), 0);
        } else if (loop.matches()) {
            Parsed inner = statement(lines.get(at++).substring(depth + 1), depth + 1, closure);
            if (!lines.get(at++).equals("\t".repeat(depth) + "}") || inner == null || inner.trips() != 0
                    || (inner.stmt() != null && !inner.stmt().op().equals("defer"))) {
                throw new IllegalArgumentException("a loop holds exactly one defer");
            }
            int trips = Integer.parseInt(loop.group(1));
            CalculusStmt s = inner.stmt() == null ? null : new CalculusStmt("deferloop", inner.stmt().fn(), 0, trips);
            return new Parsed(s, inner.closure(), trips);
        } else if (named.matches()) {
            return new Parsed(new CalculusStmt("defer", Integer.parseInt(named.group(1)) + 1, 0, 0), null, 0);
        }
        return new Parsed(simple(t), null, 0);
    }

    private static CalculusStmt simple(String t) {
        if (t.equals("fmt.Println(recover())")) {
            return new CalculusStmt("recover", 0, 0, 0);
        } else if (t.equals("runtime.Goexit()")) {
            return new CalculusStmt("goexit", 0, 0, 0);
        } else if (t.matches("println\\(f\\d+\\(\\)\\)")) {
            return new CalculusStmt("call", Integer.parseInt(t.substring(9, t.indexOf("()"))) + 1, 0, 0);
        } else if (t.matches("println\\(\\d+\\)")) {
            return new CalculusStmt("print", 0, Integer.parseInt(t.substring(8, t.length() - 1)), 0);
        } else if (t.matches("panic\\(\\d+\\)")) {
            return new CalculusStmt("panic", 0, Integer.parseInt(t.substring(6, t.length() - 1)), 0);
        } else if (t.matches("r = \\d+")) {
            return new CalculusStmt("setres", 0, Integer.parseInt(t.substring(4)), 0);
        }
        throw new IllegalArgumentException("not a calculus statement: " + t);
    }

    /** Replaces each top-level closure defer of function f by Defer(g) for the first later g that prints the same. */
    private static List<CalculusStmt> resolve(List<Parsed> raw, int f, List<List<CalculusStmt>> bodies,
                                              List<Boolean> named) {
        List<CalculusStmt> out = new ArrayList<>();
        for (Parsed p : raw) {
            if (p.stmt() != null && p.closure() == null) {
                out.add(p.stmt());
                continue;
            }
            int g = sameBody(p.closure(), f, bodies, named);
            out.add(p.trips() > 0 ? new CalculusStmt("deferloop", g, 0, p.trips()) : new CalculusStmt("defer", g, 0, 0));
        }
        return out;
    }

    private static int sameBody(List<Parsed> closure, int f, List<List<CalculusStmt>> bodies, List<Boolean> named) {
        for (Parsed p : closure) {
            if (p.closure() != null) {
                throw new IllegalArgumentException("closures inside closures are outside the calculus");
            }
        }
        List<CalculusStmt> want = new ArrayList<>();
        closure.forEach(p -> want.add(p.stmt()));
        for (int g = f + 1; g <= bodies.size(); g++) {
            if (CalculusToCore.closureText(bodies.get(g - 1), f == 1).equals(want)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no function has the body of this closure");
    }
}
