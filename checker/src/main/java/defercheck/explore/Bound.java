package defercheck.explore;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import java.util.List;

/**
 * The limits of a program space. {@code functions}: top-level functions besides main; {@code stmts}:
 * statements per body (function or closure); {@code depth}: closure nesting; {@code trips}: largest loop trip
 * count (0: no loop defers); {@code values}: distinct values; {@code size}: statements in the whole program;
 * {@code conds}: conditional defers; {@code exits}: {@code runtime.Goexit} and {@code os.Exit}.
 * Three switches narrow a space to a mutant's shape, so that a counterexample needing many statements is
 * among few programs (every named bound has them all on): {@code builtinDefers}: {@code defer recover()},
 * {@code defer panic(v)}, {@code defer println(v)}; {@code prints}: {@code println(v)} statements;
 * {@code results}: functions with a named or unnamed int result (with {@code r = v} and {@code return v}).
 * One switch widens a space: {@code methods}, defers of methods ({@code defer r.show()} with a value
 * receiver and {@code defer r.pshow()} with a pointer receiver, {@code r} the result variable, in functions
 * with a result) and {@code defer I(nil).show()}, which panics at the defer statement; a bound's name ends in
 * {@code -methods} when it has them. Another widens it with goroutines: {@code goroutines}, the statements
 * {@code go fN()} (joined by a WaitGroup: see {@link CoreStmt.Go}) and {@code wg.Wait()}; a bound's name ends
 * in {@code -go} when it has them. Every bound without them keeps its programs and its counts.
 */
public record Bound(String name, int functions, int stmts, int depth, int trips, int values, int size,
                    boolean conds, boolean exits, boolean builtinDefers, boolean prints, boolean results,
                    boolean methods, boolean goroutines) {

    public static final Bound TINY = new Bound("tiny", 1, 2, 1, 1, 1, 3, false, true);
    public static final Bound SMALL = new Bound("small", 2, 3, 2, 2, 2, 3, true, true);
    public static final Bound MEDIUM = new Bound("medium", 2, 3, 2, 2, 2, 4, true, true);
    public static final Bound LARGE = new Bound("large", 3, 4, 2, 2, 3, 5, true, true);
    public static final List<Bound> NAMED = List.of(TINY, SMALL, MEDIUM, LARGE);
    /** The goroutine bounds: tiny's knobs, and small's with four statements, each with {@code go} and {@code wg.Wait()}. */
    public static final Bound TINY_GO = new Bound("tiny-go", 1, 2, 1, 1, 1, 3, false, true, true, true, true, false, true);
    public static final Bound SMALL_GO = new Bound("small-go", 2, 3, 1, 1, 2, 4, true, true, true, true, true, false,
            true);
    public static final List<Bound> NAMED_GO = List.of(TINY_GO, SMALL_GO);

    /** A bound without goroutines. */
    public Bound(String name, int functions, int stmts, int depth, int trips, int values, int size,
                 boolean conds, boolean exits, boolean builtinDefers, boolean prints, boolean results,
                 boolean methods) {
        this(name, functions, stmts, depth, trips, values, size, conds, exits, builtinDefers, prints, results,
                methods, false);
    }

    /** A bound without method defers. */
    public Bound(String name, int functions, int stmts, int depth, int trips, int values, int size,
                 boolean conds, boolean exits, boolean builtinDefers, boolean prints, boolean results) {
        this(name, functions, stmts, depth, trips, values, size, conds, exits, builtinDefers, prints, results, false);
    }

    /** A bound with every statement form the knobs above do not limit, but method defers. */
    public Bound(String name, int functions, int stmts, int depth, int trips, int values, int size,
                 boolean conds, boolean exits) {
        this(name, functions, stmts, depth, trips, values, size, conds, exits, true, true, true);
    }

    public Bound {
        check(functions, 0, 6, "functions");
        check(stmts, 1, 7, "stmts");
        check(depth, 0, 3, "depth");
        check(trips, 0, 7, "trips");
        check(values, 1, 7, "values");
        check(size, 0, 60, "size");
    }

    private static void check(int v, int lo, int hi, String what) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(what + " must be between " + lo + " and " + hi + ", got " + v);
        }
    }

    private static final java.util.regex.Pattern KNOBS = java.util.regex.Pattern.compile(
            "f(\\d)s(\\d)d(\\d)l(\\d)v(\\d)n(\\d+)(-noconds)?(-noexits)?(-nobuiltins)?(-noprints)?(-noresults)?(-methods)?(-go)?");

    /** A named bound, or knobs spelled the way {@link #renamed()} names a custom bound. */
    public static Bound named(String name) {
        for (Bound b : java.util.stream.Stream.concat(NAMED.stream(), NAMED_GO.stream()).toList()) {
            if (b.name.equals(name)) {
                return b;
            }
        }
        java.util.regex.Matcher m = KNOBS.matcher(name);
        if (m.matches()) {
            return new Bound(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), m.group(7) == null, m.group(8) == null, m.group(9) == null,
                    m.group(10) == null, m.group(11) == null, m.group(12) != null, m.group(13) != null).renamed();
        }
        throw new IllegalArgumentException("unknown bound '" + name + "' (tiny, small, medium, large, tiny-go,"
                + " small-go, or knobs such as f1s2d1l1v1n3-noconds-methods or f1s2d1l1v1n3-go)");
    }

    /** The same bound with a different total size, named after its knobs. */
    public Bound withSize(int newSize) {
        return new Bound("custom", functions, stmts, depth, trips, values, newSize, conds, exits, builtinDefers,
                prints, results, methods, goroutines).renamed();
    }

    /** A name that spells the knobs, for bounds that are not one of the named ones. */
    public Bound renamed() {
        for (Bound b : java.util.stream.Stream.concat(NAMED.stream(), NAMED_GO.stream()).toList()) {
            if (b.sameKnobs(this)) {
                return b;
            }
        }
        String n = "f" + functions + "s" + stmts + "d" + depth + "l" + trips + "v" + values + "n" + size
                + (conds ? "" : "-noconds") + (exits ? "" : "-noexits") + (builtinDefers ? "" : "-nobuiltins")
                + (prints ? "" : "-noprints") + (results ? "" : "-noresults") + (methods ? "-methods" : "")
                + (goroutines ? "-go" : "");
        return new Bound(n, functions, stmts, depth, trips, values, size, conds, exits, builtinDefers, prints,
                results, methods, goroutines);
    }

    boolean sameKnobs(Bound o) {
        return functions == o.functions && stmts == o.stmts && depth == o.depth && trips == o.trips
                && values == o.values && size == o.size && conds == o.conds && exits == o.exits
                && builtinDefers == o.builtinDefers && prints == o.prints && results == o.results
                && methods == o.methods && goroutines == o.goroutines;
    }

    public String describe() {
        return name + " (functions " + functions + ", stmts " + stmts + ", depth " + depth + ", trips " + trips
                + ", values " + values + ", size " + size + (conds ? ", conds" : "") + (exits ? ", exits" : "")
                + (builtinDefers ? "" : ", no builtin defers") + (prints ? "" : ", no prints")
                + (results ? "" : ", no results") + (methods ? ", methods" : "") + (goroutines ? ", goroutines" : "") + ")";
    }

    /** The smallest explorer bound the program is in. */
    public static Bound of(CoreProgram p) {
        Size s = new Size();
        for (CoreFunction f : p.functions()) {
            s.walk(f.body(), 0);
        }
        return new Bound("trace", p.functions().size() - 1, Math.max(1, s.stmts), s.depth, s.trips,
                Math.max(1, s.values), s.size, s.conds, s.exits, true, true, true, s.methods, s.goroutines);
    }

    private static final class Size {
        int stmts;
        int depth;
        int trips;
        int values;
        int size;
        boolean conds;
        boolean exits;
        boolean methods;
        boolean goroutines;

        void walk(List<CoreStmt> body, int d) {
            stmts = Math.max(stmts, body.size());
            depth = Math.max(depth, d);
            for (CoreStmt x : body) {
                size++;
                if (x instanceof CoreStmt.Print v) {
                    values = Math.max(values, v.value());
                } else if (x instanceof CoreStmt.SetResult v) {
                    values = Math.max(values, v.value());
                } else if (x instanceof CoreStmt.Panic v) {
                    values = Math.max(values, v.value());
                } else if (x instanceof CoreStmt.Return v) {
                    values = Math.max(values, v.value());
                } else if (x instanceof CoreStmt.Exit v) {
                    values = Math.max(values, v.value());
                    exits = true;
                } else if (x instanceof CoreStmt.Goexit) {
                    exits = true;
                } else if (x instanceof CoreStmt.Go || x instanceof CoreStmt.Wait) {
                    goroutines = true;
                } else if (x instanceof CoreStmt.Defer df) {
                    Guard g = df.guard();
                    if (g.kind() == Guard.Kind.LOOP) {
                        trips = Math.max(trips, g.trips());
                    } else if (g.kind() != Guard.Kind.PLAIN) {
                        conds = true;
                    }
                    methods |= df.what() instanceof Deferred.ValueMethod || df.what() instanceof Deferred.PointerMethod
                            || df.what() instanceof Deferred.NilInterfaceMethod;
                    if (df.what() instanceof Deferred.Closure c) {
                        walk(c.body(), d + 1);
                    } else if (df.what() instanceof Deferred.PanicCall v) {
                        values = Math.max(values, v.value());
                    } else if (df.what() instanceof Deferred.PrintlnCall v) {
                        values = Math.max(values, v.value());
                    }
                }
            }
        }
    }
}
