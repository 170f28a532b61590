package defercheck.fast;

import defercheck.core.CoreFunction;
import defercheck.core.CoreProgram;
import defercheck.core.Deferred;
import defercheck.core.Guard;
import defercheck.core.ResultKind;
import defercheck.core.Stmt;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles a {@link CoreProgram} into {@link FastCode}, without building IR. It walks the program twice in
 * source order: the first walk numbers closures and counts each function's statements and sites, the
 * second writes them at their place. Function numbers, closure names and the line and column of every
 * {@code recover} are those {@code CoreLowering} gives the same program (which the differential test
 * checks through the events), so fast observables can be compared with the reference machines' events.
 */
public final class FastCompiler {
    private final FastCode out;
    private boolean fill;
    private int nextClosure;
    private int line;
    private int[] codeAt = new int[16];
    private int[] siteAt = new int[16];
    private int[] stmtCount = new int[16];
    private int[] siteCount = new int[16];
    private boolean fmt;
    private boolean os;
    private boolean runtime;
    private boolean yes;
    private boolean no;

    FastCompiler(FastCode out) {
        this.out = out;
    }

    void compile(CoreProgram p) {
        out.reset();
        fmt = false;
        os = false;
        runtime = false;
        yes = false;
        no = false;
        walk(p, false);
        int functions = out.functions;
        if (codeAt.length < functions + 1) {
            codeAt = new int[2 * functions + 1];
            siteAt = new int[2 * functions + 1];
        }
        int code = 0;
        int sites = 0;
        for (int f = 0; f < functions; f++) {
            out.codeStart[f] = code;
            out.siteStart[f] = sites;
            codeAt[f] = code;
            siteAt[f] = sites;
            code += stmtCount[f];
            sites += siteCount[f];
        }
        out.siteStart[functions] = sites;
        while (out.op.length < code) {
            out.op = Arrays.copyOf(out.op, out.op.length * 2);
            out.arg = Arrays.copyOf(out.arg, out.arg.length * 2);
        }
        out.reserveSites(sites);
        walk(p, true);
        out.code = code;
        out.sites = sites;
    }

    private void walk(CoreProgram p, boolean second) {
        fill = second;
        int top = p.functions().size();
        nextClosure = top;
        if (!fill) {
            for (int i = 0; i < top; i++) {
                int f = out.newFunction(resultOf(p.function(i).result()), false, "main." + CoreProgram.name(i));
                counts(f);
            }
            out.topLevel = top;
        }
        int imports = (fmt ? 1 : 0) + (os ? 1 : 0) + (runtime ? 1 : 0);
        line = 1 + (imports == 0 ? 0 : imports == 1 ? 2 : imports + 3) + (yes || no ? 2 : 0);
        for (int i = 0; i < top; i++) {
            line += 2;
            topLevel(i, p.function(i));
        }
    }

    private static int resultOf(ResultKind k) {
        return k == ResultKind.NONE ? FastCode.R_NONE : k == ResultKind.UNNAMED ? FastCode.R_UNNAMED : FastCode.R_NAMED;
    }

    private void counts(int f) {
        if (stmtCount.length <= f) {
            stmtCount = Arrays.copyOf(stmtCount, 2 * f + 2);
            siteCount = Arrays.copyOf(siteCount, 2 * f + 2);
        }
        if (!fill) {
            stmtCount[f] = 0;
            siteCount[f] = 0;
        }
    }

    private void topLevel(int f, CoreFunction fn) {
        boolean localR = fn.result() == ResultKind.UNNAMED && setsResult(fn.body());
        boolean needsReturn = fn.result().hasResult() && !endsTerminating(fn.body());
        boolean oneLine = fn.body().isEmpty() && !localR && !needsReturn;
        if (localR) {
            line++;
            if (!needsReturn) {
                line++;
            }
        }
        int[] children = {0};
        body(f, f, fn.body(), 1, children);
        if (needsReturn) {
            line++;
            countReturn(f);
        }
        emit(f, FastCode.END, 0);
        if (!oneLine) {
            line++;
        }
        if (!fill && fn.result() == ResultKind.NAMED) {
            out.resultEscapes[f] = loopClosureSetsResult(fn.body());
        }
    }

    private void body(int f, int topFn, List<Stmt> stmts, int depth, int[] children) {
        for (Stmt s : stmts) {
            line++;
            stmt(f, topFn, s, depth, children);
        }
    }

    private void stmt(int f, int topFn, Stmt s, int depth, int[] children) {
        if (s instanceof Stmt.Print p) {
            emit(f, FastCode.PRINT, p.value());
        } else if (s instanceof Stmt.Recover) {
            fmt = true;
            emit(f, FastCode.RECOVER, line << 8 | (depth + 1));
        } else if (s instanceof Stmt.Call c) {
            emit(f, FastCode.CALL, c.function());
        } else if (s instanceof Stmt.SetResult r) {
            emit(f, FastCode.SET_R, r.value());
        } else if (s instanceof Stmt.Panic p) {
            emit(f, FastCode.PANIC, p.value());
        } else if (s instanceof Stmt.Return r) {
            countReturn(f);
            emit(f, FastCode.RETURN, r.value());
        } else if (s instanceof Stmt.Goexit) {
            runtime = true;
            emit(f, FastCode.GOEXIT, 0);
        } else if (s instanceof Stmt.Exit e) {
            os = true;
            emit(f, FastCode.EXIT, e.value());
        } else if (s instanceof Stmt.Defer d) {
            guarded(f, topFn, d, depth, children);
        } else {
            throw new AssertionError(s);
        }
    }

    private void guarded(int f, int topFn, Stmt.Defer d, int depth, int[] children) {
        Guard g = d.guard();
        if (g.kind() == Guard.Kind.PLAIN) {
            deferStmt(f, topFn, d.what(), depth, 1, false, children);
            return;
        }
        yes |= g.kind() == Guard.Kind.IF_TRUE;
        no |= g.kind() == Guard.Kind.IF_FALSE;
        line++;
        int times = g.kind() == Guard.Kind.IF_TRUE ? 1 : g.kind() == Guard.Kind.IF_FALSE ? 0 : g.trips();
        deferStmt(f, topFn, d.what(), depth + 1, times, g.kind() == Guard.Kind.LOOP, children);
        line++;
    }

    private void deferStmt(int f, int topFn, Deferred what, int depth, int times, boolean loop, int[] children) {
        int loc = line << 8 | (depth + 1);
        int kind;
        int a;
        if (what instanceof Deferred.Closure c) {
            kind = FastCode.T_CLOSURE;
            a = closure(f, topFn, c, depth, children);
        } else if (what instanceof Deferred.Named n) {
            kind = FastCode.T_NAMED;
            a = n.function();
        } else if (what instanceof Deferred.RecoverCall) {
            kind = FastCode.T_RECOVER;
            a = 0;
        } else if (what instanceof Deferred.PanicCall p) {
            kind = FastCode.T_PANIC;
            a = p.value();
        } else if (what instanceof Deferred.PrintlnCall p) {
            kind = FastCode.T_PRINTLN;
            a = p.value();
        } else {
            throw new AssertionError(what);
        }
        int local = site(f, kind, a, times, loop, loc);
        emit(f, FastCode.DEFER, local);
    }

    /** A closure literal is numbered before its own nested closures (pre-order), as CoreLowering does. */
    private int closure(int parent, int topFn, Deferred.Closure c, int depth, int[] children) {
        int child = nextClosure++;
        children[0]++;
        if (!fill) {
            String parentName = out.name[parent];
            String childName = out.closure[parent] ? parentName + "." + children[0] : parentName + ".func" + children[0];
            int id = out.newFunction(FastCode.R_NONE, true, childName);
            if (id != child) {
                throw new AssertionError("closure numbering out of step: " + id + " != " + child);
            }
            counts(child);
        }
        int[] grandChildren = {0};
        body(child, topFn, c.body(), depth + 1, grandChildren);
        if (!c.body().isEmpty()) {
            line++;
        }
        emit(child, FastCode.END, 0);
        return child;
    }

    private void countReturn(int f) {
        if (!fill) {
            out.returns[f]++;
        }
    }

    private void emit(int f, int o, int a) {
        if (!fill) {
            stmtCount[f]++;
            return;
        }
        int at = codeAt[f]++;
        out.op[at] = o;
        out.arg[at] = a;
    }

    private int site(int f, int kind, int a, int times, boolean loop, int loc) {
        if (!fill) {
            return siteCount[f]++;
        }
        int at = siteAt[f]++;
        out.target[at] = kind;
        out.targetArg[at] = a;
        out.times[at] = times;
        out.inLoop[at] = loop;
        out.siteLoc[at] = loc;
        return at - out.siteStart[f];
    }

    static boolean endsTerminating(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return last instanceof Stmt.Return || last instanceof Stmt.Panic;
    }

    /** Whether a body, or a closure nested in it, assigns r (core's Uses.setsResult). */
    static boolean setsResult(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.SetResult) {
                return true;
            }
            if (s instanceof Stmt.Defer d && d.what() instanceof Deferred.Closure c && setsResult(c.body())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a closure that captures r is deferred inside a loop somewhere in this body: gc's escape analysis
     * then moves the closure, and with it the captured named result, to the heap (plan/ResultEscape).
     */
    private static boolean loopClosureSetsResult(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Defer d && d.what() instanceof Deferred.Closure c) {
                if (d.guard().kind() == Guard.Kind.LOOP && setsResult(c.body())) {
                    return true;
                }
                if (loopClosureSetsResult(c.body())) {
                    return true;
                }
            }
        }
        return false;
    }
}
