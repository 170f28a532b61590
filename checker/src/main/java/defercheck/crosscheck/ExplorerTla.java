package defercheck.crosscheck;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import defercheck.explore.Bound;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A core program as the TLA+ value spec/ProgramSpace.tla's constructors build ({@code XPrint(v)},
 * {@code XDefer(g, n, op, fn, val, body)}, {@code XFunc(res, body)}, ...), and an explorer {@link Bound} as that
 * module's CONSTANTS. Function numbers stay Java's (main 0, fN N): ProgramSpace.tla's Flatten renumbers.
 */
public final class ExplorerTla {

    private ExplorerTla() {
    }

    public static String program(CoreProgram p) {
        return program(p, null, null);
    }

    /**
     * The program, with each function body written as {@code table[i]} for its index in {@code bodies} when
     * a table is given.
     */
    static String program(CoreProgram p, TlaTable bodies, String table) {
        StringJoiner fns = new StringJoiner(", ", "<<", ">>");
        for (CoreFunction f : p.functions()) {
            String b = body(f.body());
            fns.add("XFunc(\"" + f.result().name().toLowerCase(Locale.ROOT) + "\", "
                    + (bodies == null ? b : table + "[" + bodies.intern(b) + "]") + ")");
        }
        return fns.toString();
    }

    private static String body(List<CoreStmt> body) {
        StringJoiner out = new StringJoiner(", ", "<<", ">>");
        for (CoreStmt s : body) {
            out.add(stmt(s));
        }
        return out.toString();
    }

    private static String stmt(CoreStmt s) {
        if (s instanceof CoreStmt.Print x) {
            return "XPrint(" + x.value() + ")";
        } else if (s instanceof CoreStmt.Recover) {
            return "XRecover";
        } else if (s instanceof CoreStmt.Call x) {
            return "XCall(" + x.function() + ")";
        } else if (s instanceof CoreStmt.SetResult x) {
            return "XSet(" + x.value() + ")";
        } else if (s instanceof CoreStmt.Panic x) {
            return "XPanic(" + x.value() + ")";
        } else if (s instanceof CoreStmt.Return x) {
            return "XReturn(" + x.value() + ")";
        } else if (s instanceof CoreStmt.Goexit) {
            return "XGoexit";
        } else if (s instanceof CoreStmt.Exit x) {
            return "XExit(" + x.value() + ")";
        } else if (s instanceof CoreStmt.Defer d) {
            return "XDefer(" + guard(d.guard()) + ", " + target(d.what()) + ")";
        }
        throw new AssertionError(s);
    }

    private static String guard(Guard g) {
        return switch (g.kind()) {
            case PLAIN -> "\"plain\", 0";
            case IF_TRUE -> "\"yes\", 0";
            case IF_FALSE -> "\"no\", 0";
            case LOOP -> "\"loop\", " + g.trips();
        };
    }

    private static String target(Deferred w) {
        if (w instanceof Deferred.Closure c) {
            return "\"dclosure\", 0, 0, " + body(c.body());
        } else if (w instanceof Deferred.Named n) {
            return "\"dnamed\", " + n.function() + ", 0, <<>>";
        } else if (w instanceof Deferred.RecoverCall) {
            return "\"drecover\", 0, 0, <<>>";
        } else if (w instanceof Deferred.PanicCall x) {
            return "\"dpanic\", 0, " + x.value() + ", <<>>";
        } else if (w instanceof Deferred.PrintlnCall x) {
            return "\"dprintln\", 0, " + x.value() + ", <<>>";
        } else if (w instanceof Deferred.ValueMethod) {
            return "\"dvalue\", 0, 0, <<>>";
        } else if (w instanceof Deferred.PointerMethod) {
            return "\"dpointer\", 0, 0, <<>>";
        } else if (w instanceof Deferred.NilInterfaceMethod) {
            return "\"dnil\", 0, 0, <<>>";
        }
        throw new AssertionError(w);
    }

    /**
     * The cfg CONSTANTS for {@code b}: ProgramSpace.tla's X* knobs, and Calculus.tla's own constants sized to
     * the same bound (they only type GoDefer's variables; Calculus' Programs is not used).
     */
    public static String constants(Bound b) {
        return "CONSTANTS\n"
                + "    NumFuncs = " + (b.functions() + 1) + "\n"
                + "    BodyLen = " + b.stmts() + "\n"
                + "    Values = " + range(b.values()) + "\n"
                + "    LoopTrips = " + range(b.trips()) + "\n"
                + "    Ops = {}\n"
                + "    XFunctions = " + b.functions() + "\n"
                + "    XStmts = " + b.stmts() + "\n"
                + "    XDepth = " + b.depth() + "\n"
                + "    XTrips = " + b.trips() + "\n"
                + "    XValues = " + b.values() + "\n"
                + "    XSize = " + b.size() + "\n"
                + "    XConds = " + (b.conds() ? "TRUE" : "FALSE") + "\n"
                + "    XExits = " + (b.exits() ? "TRUE" : "FALSE") + "\n"
                + "    XMethods = " + (b.methods() ? "TRUE" : "FALSE") + "\n";
    }

    private static String range(int n) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (int i = 1; i <= n; i++) {
            out.add(Integer.toString(i));
        }
        return out.toString();
    }
}
