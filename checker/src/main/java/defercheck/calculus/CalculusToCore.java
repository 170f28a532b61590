package defercheck.calculus;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a spec/Calculus.tla program into a Java core program with the same observable behaviour, and
 * remembers which Go source line stands for which TLA+ statement, so that Java events can be read back in
 * GoDefer's terms ({@link JavaOutcome}).
 *
 * <p>The translation, and why it preserves GoDefer's meaning:
 * <ul>
 * <li>TLA+ function f is Go function {@code f(f-1)} (main is f = 1); non-main functions return an int, named
 *     when {@code prog.named[f]}, so every {@code Call(g)} prints the value GoDefer logs as
 *     {@code <<"ret", g, v>>}.</li>
 * <li>A top-level {@code Defer(g)} / {@code DeferLoop(n, g)} defers a closure whose body is g's body: GoDefer's
 *     closure writes the {@code r} of the frame that deferred it, which is what a Go closure capturing
 *     {@code r} does. In main, which has no {@code r}, GoDefer's write is unobservable and is left out.</li>
 * <li>Inside such a closure a {@code Defer(h)} defers the named function {@code fh}: GoDefer's nested closure
 *     writes the r of the closure frame, which nobody reads; a named function's own r is equally unread.</li>
 * <li>{@code return} is always a body's last statement and means "assign the slot from r, run the defers",
 *     exactly what falling off the end does, so it is dropped (GoPrinter ends result functions with
 *     {@code return r} or a naked {@code return}).</li>
 * </ul>
 */
public final class CalculusToCore {

    /** What a printed source line does, in GoDefer's log terms. */
    public enum LineKind { PRINT, RECOVER, RET, OTHER }

    /** The core program, its Go source, and the TLA+ meaning of its lines. */
    public record Translation(CalculusProgram tla, CoreProgram core, String source, Map<Integer, List<Integer>> siteByLine,
                              Map<Integer, LineKind> kindByLine, Map<Integer, Integer> calleeByLine) { }

    private final CalculusProgram tla;
    /** TLA+ sites <<f, pc>> of the Go defer statements, in the order GoPrinter prints them. */
    private final List<List<Integer>> sites = new ArrayList<>();

    private CalculusToCore(CalculusProgram tla) {
        this.tla = tla;
    }

    public static Translation translate(CalculusProgram p) {
        return new CalculusToCore(p).run();
    }

    private Translation run() {
        List<CoreFunction> fns = new ArrayList<>();
        for (int f = 1; f <= tla.numFuncs(); f++) {
            ResultKind kind = f == 1 ? ResultKind.NONE : tla.named(f) ? ResultKind.NAMED : ResultKind.UNNAMED;
            fns.add(new CoreFunction(kind, topLevel(f)));
        }
        CoreProgram core = new CoreProgram(fns);
        String source = GoPrinter.print(core);
        Map<Integer, List<Integer>> siteByLine = new HashMap<>();
        Map<Integer, LineKind> kinds = new HashMap<>();
        Map<Integer, Integer> callees = new HashMap<>();
        String[] lines = source.split("\n", -1);
        int nextSite = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            int line = i + 1;
            if (t.startsWith("defer ")) {
                siteByLine.put(line, sites.get(nextSite++));
            }
            if (t.equals("fmt.Println(recover())")) {
                kinds.put(line, LineKind.RECOVER);
            } else if (t.matches("println\\(f\\d+\\(\\)\\)")) {
                kinds.put(line, LineKind.RET);
                callees.put(line, Integer.parseInt(t.substring("println(f".length(), t.indexOf("()"))) + 1);
            } else if (t.matches("println\\(\\d+\\)")) {
                kinds.put(line, LineKind.PRINT);
            }
        }
        if (nextSite != sites.size()) {
            throw new AssertionError("printed " + nextSite + " defer lines for " + sites.size() + " sites");
        }
        return new Translation(tla, core, source, siteByLine, kinds, callees);
    }

    private List<CoreStmt> topLevel(int f) {
        List<CoreStmt> out = new ArrayList<>();
        List<CalculusStmt> body = tla.body(f);
        for (int pc = 1; pc <= body.size(); pc++) {
            CalculusStmt s = body.get(pc - 1);
            if (s.op().equals("defer") || s.op().equals("deferloop")) {
                sites.add(List.of(f, pc));
                out.add(new CoreStmt.Defer(guard(s), new Deferred.Closure(closure(s.fn(), f == 1))));
            } else {
                simple(s, out);
            }
        }
        return out;
    }

    /** Function g's body as the closure deferred by a frame of main ({@code inMain}) or of another function. */
    private List<CoreStmt> closure(int g, boolean inMain) {
        List<CoreStmt> out = new ArrayList<>();
        List<CalculusStmt> body = tla.body(g);
        for (int pc = 1; pc <= body.size(); pc++) {
            CalculusStmt s = body.get(pc - 1);
            if (s.op().equals("defer") || s.op().equals("deferloop")) {
                sites.add(List.of(g, pc));
                out.add(new CoreStmt.Defer(guard(s), new Deferred.Named(s.fn() - 1)));
            } else if (!(inMain && s.op().equals("setres"))) {
                simple(s, out);
            }
        }
        return out;
    }

    /**
     * The calculus statements a closure for {@code body} shows in Go (inner defers name their function, setres
     * is left out in main, return is dropped): what {@link CalculusRecognizer} compares closures with.
     */
    static List<CalculusStmt> closureText(List<CalculusStmt> body, boolean inMain) {
        List<CalculusStmt> out = new ArrayList<>();
        for (CalculusStmt s : body) {
            if (s.op().equals("return") || (inMain && s.op().equals("setres"))) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private static Guard guard(CalculusStmt s) {
        return s.op().equals("deferloop") ? Guard.loop(s.n()) : Guard.PLAIN;
    }

    private static void simple(CalculusStmt s, List<CoreStmt> out) {
        switch (s.op()) {
            case "call" -> out.add(new CoreStmt.Call(s.fn() - 1));
            case "panic" -> out.add(new CoreStmt.Panic(s.val()));
            case "recover" -> out.add(new CoreStmt.Recover());
            case "setres" -> out.add(new CoreStmt.SetResult(s.val()));
            case "print" -> out.add(new CoreStmt.Print(s.val()));
            case "goexit" -> out.add(new CoreStmt.Goexit());
            case "return" -> { }
            default -> throw new AssertionError(s);
        }
    }
}
