package defercheck.fast;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreToken;
import defercheck.coreprogram.TokenCodec;
import java.util.Arrays;

/**
 * Compiles a core program, read as the enumerator's {@link CoreToken} string, into {@link FastCode} without
 * building IR or even the program's records. Two passes in source order: {@link #scan} numbers closures,
 * counts each function's statements and sites and notes what the layout depends on (imports, package
 * variables, whether a body assigns r, how it ends); {@link #fill} writes every statement and site at its
 * place. Function numbers, closure names and the line and column of every {@code recover} are those
 * {@code CoreLowering} gives the same program (the differential test checks them through the events).
 */
public final class FastCompiler {
    private final FastCode out;
    private int[] tokens;
    private int at;
    private int nextClosure;
    private int line;
    private int[] codeAt = new int[16];
    private int[] siteAt = new int[16];
    private int[] stmtCount = new int[16];
    private int[] siteCount = new int[16];
    private int[] bodyStart = new int[8];
    private boolean[] setsResult = new boolean[8];
    private int[] lastStatement = new int[8];
    private int lastKind;
    private boolean fmt;
    private boolean os;
    private boolean runtime;
    private boolean globals;
    private boolean methods;
    private boolean nilInterface;
    private boolean sync;

    FastCompiler(FastCode out) {
        this.out = out;
    }

    void compile(CoreProgram p) {
        int[] t = TokenCodec.encode(p);
        compile(t, t.length);
    }

    void compile(int[] programTokens, int length) {
        tokens = programTokens;
        out.reset();
        fmt = false;
        os = false;
        runtime = false;
        globals = false;
        methods = false;
        nilInterface = false;
        sync = false;
        scan(length);
        out.goroutines = sync;
        layout();
        fill();
    }

    // ---- pass 1

    private void scan(int length) {
        at = 0;
        int top = 0;
        while (at < length) {
            int kind = top == 0 ? FastCode.R_NONE : CoreToken.param(tokens[at++]);
            if (top == bodyStart.length) {
                bodyStart = Arrays.copyOf(bodyStart, 2 * top);
                setsResult = Arrays.copyOf(setsResult, 2 * top);
                lastStatement = Arrays.copyOf(lastStatement, 2 * top);
            }
            out.newFunction(kind, -1, 0);
            bodyStart[top] = at;
            top++;
            skipBody();
        }
        out.topLevel = top;
        nextClosure = top;
        for (int f = 0; f < top; f++) {
            at = bodyStart[f];
            counts(f);
            setsResult[f] = scanBody(f, f);
            lastStatement[f] = lastKind;
        }
        if (methods) {
            out.showFn = out.functions;
            for (int m = 0; m < 2; m++) {
                int fn = out.newFunction(FastCode.R_NONE, -1, 0);
                counts(fn);
                stmtCount[fn] = 2;
            }
        }
    }

    private void skipBody() {
        int open = 1;
        while (open > 0) {
            int t = tokens[at++];
            if (CoreToken.kind(t) == CoreToken.END) {
                open--;
            } else if (CoreToken.kind(t) == CoreToken.DEFER && CoreToken.target(t) == CoreToken.TARGET_CLOSURE) {
                open++;
            }
        }
    }

    /** Counts one body of function {@code f}; returns whether it or a closure in it assigns r. */
    private boolean scanBody(int f, int topFn) {
        boolean sets = false;
        int last = CoreToken.END;
        int children = 0;
        while (true) {
            int t = tokens[at++];
            int kind = CoreToken.kind(t);
            if (kind == CoreToken.END) {
                lastKind = last;
                stmtCount[f]++;
                return sets;
            }
            last = kind;
            stmtCount[f]++;
            fmt |= kind == CoreToken.RECOVER;
            os |= kind == CoreToken.EXIT;
            runtime |= kind == CoreToken.GOEXIT;
            sync |= kind == CoreToken.GO || kind == CoreToken.WAIT;
            if (kind == CoreToken.GO) {
                out.goTargets |= 1 << CoreToken.param(t);
            }
            sets |= kind == CoreToken.SET_RESULT;
            if (kind == CoreToken.RETURN) {
                out.returns[f]++;
            }
            if (kind == CoreToken.DEFER) {
                siteCount[f]++;
                int guard = CoreToken.guard(t);
                int target = CoreToken.target(t);
                boolean method = target == CoreToken.TARGET_VALUE_METHOD || target == CoreToken.TARGET_POINTER_METHOD;
                methods |= method;
                nilInterface |= target == CoreToken.TARGET_NIL_METHOD;
                sets |= method;
                // &r in a heap record (a loop defer) escapes, as a closure capturing r does
                out.resultEscapes[topFn] |= target == CoreToken.TARGET_POINTER_METHOD && guard > CoreToken.GUARD_IF_FALSE;
                globals |= guard == CoreToken.GUARD_IF_TRUE || guard == CoreToken.GUARD_IF_FALSE;
                if (CoreToken.target(t) == CoreToken.TARGET_CLOSURE) {
                    int child = nextClosure++;
                    out.newFunction(FastCode.R_NONE, f, ++children);
                    counts(child);
                    boolean childSets = scanBody(child, topFn);
                    // gc's escape analysis moves a closure deferred in a loop, and the r it captures, to the heap
                    out.resultEscapes[topFn] |= childSets && guard > CoreToken.GUARD_IF_FALSE;
                    sets |= childSets;
                }
            }
        }
    }

    private void counts(int f) {
        if (stmtCount.length <= f) {
            stmtCount = Arrays.copyOf(stmtCount, 2 * f + 2);
            siteCount = Arrays.copyOf(siteCount, 2 * f + 2);
        }
        stmtCount[f] = 0;
        siteCount[f] = 0;
    }

    private void layout() {
        int functions = out.functions;
        if (codeAt.length < functions) {
            codeAt = new int[2 * functions];
            siteAt = new int[2 * functions];
        }
        int code = 0;
        int sites = 0;
        for (int f = 0; f < functions; f++) {
            if (siteCount[f] > FastCode.MAX_SITES) {
                throw new IllegalArgumentException("the fast engine keeps at most " + FastCode.MAX_SITES
                        + " defer sites per function; " + out.name(f) + " has " + siteCount[f]);
            }
            out.codeStart[f] = code;
            out.siteStart[f] = sites;
            codeAt[f] = code;
            siteAt[f] = sites;
            code += stmtCount[f];
            sites += siteCount[f];
        }
        out.siteStart[functions] = sites;
        out.reserveCode(code);
        out.reserveSites(sites);
    }

    // ---- pass 2

    private void fill() {
        int imports = (fmt ? 1 : 0) + (os ? 1 : 0) + (runtime ? 1 : 0) + (sync ? 1 : 0);
        line = 1 + (imports == 0 ? 0 : imports == 1 ? 2 : imports + 3) + (globals ? 2 : 0) + (sync ? 2 : 0)
                + (methods ? 6 : 0) + (nilInterface ? 2 : 0);
        nextClosure = out.topLevel;
        for (int f = 0; f < out.topLevel; f++) {
            line += 2;
            at = bodyStart[f];
            topLevel(f);
        }
        if (methods) {
            for (int fn = out.showFn; fn < out.showFn + 2; fn++) {
                emit(fn, FastCode.PRINT_R, 0);
                emit(fn, FastCode.END, 0);
            }
        }
    }

    /** TopLevelLowerer's layout: the local r of an unnamed result, the body, the terminating return. */
    private void topLevel(int f) {
        int kind = out.result[f];
        boolean localR = kind == FastCode.R_UNNAMED && setsResult[f];
        boolean needsReturn = kind != FastCode.R_NONE
                && lastStatement[f] != CoreToken.RETURN && lastStatement[f] != CoreToken.PANIC;
        boolean empty = lastStatement[f] == CoreToken.END;
        if (localR) {
            line++;
            if (!needsReturn) {
                line++;
            }
        }
        body(f, 1);
        if (needsReturn) {
            line++;
            out.returns[f]++;
        }
        emit(f, FastCode.END, 0);
        if (!(empty && !localR && !needsReturn)) {
            line++;
        }
    }

    private void body(int f, int depth) {
        while (true) {
            int t = tokens[at++];
            if (CoreToken.kind(t) == CoreToken.END) {
                return;
            }
            line++;
            stmt(f, t, depth);
        }
    }

    private void stmt(int f, int t, int depth) {
        int p = CoreToken.param(t);
        switch (CoreToken.kind(t)) {
            case CoreToken.PRINT -> emit(f, FastCode.PRINT, p);
            case CoreToken.RECOVER -> emit(f, FastCode.RECOVER, line << 8 | (depth + 1));
            case CoreToken.CALL -> emit(f, FastCode.CALL, p);
            case CoreToken.SET_RESULT -> emit(f, FastCode.SET_R, p);
            case CoreToken.PANIC -> emit(f, FastCode.PANIC, p);
            case CoreToken.RETURN -> emit(f, FastCode.RETURN, p);
            case CoreToken.GOEXIT -> emit(f, FastCode.GOEXIT, 0);
            case CoreToken.EXIT -> emit(f, FastCode.EXIT, p);
            case CoreToken.GO -> {
                // GoPrinter's five lines: wg.Add(1), then the goroutine's literal with defer wg.Done() and the call
                emit(f, FastCode.GO, p);
                line += 4;
            }
            case CoreToken.WAIT -> emit(f, FastCode.WAIT, 0);
            case CoreToken.DEFER -> guarded(f, t, depth);
            default -> throw new IllegalArgumentException("bad token " + t);
        }
    }

    /** A guarded defer sits one line and one column in, between the guard's line and its closing brace. */
    private void guarded(int f, int t, int depth) {
        int guard = CoreToken.guard(t);
        if (guard == CoreToken.GUARD_PLAIN) {
            deferStmt(f, t, depth, 1, false);
            return;
        }
        line++;
        int times = guard == CoreToken.GUARD_IF_TRUE ? 1 : guard == CoreToken.GUARD_IF_FALSE ? 0 : guard - 2;
        deferStmt(f, t, depth + 1, times, guard > CoreToken.GUARD_IF_FALSE);
        line++;
    }

    private void deferStmt(int f, int t, int depth, int times, boolean loop) {
        int loc = line << 8 | (depth + 1);
        int target = switch (CoreToken.target(t)) {
            case CoreToken.TARGET_CLOSURE -> FastCode.T_CLOSURE;
            case CoreToken.TARGET_NAMED -> FastCode.T_NAMED;
            case CoreToken.TARGET_RECOVER -> FastCode.T_RECOVER;
            case CoreToken.TARGET_PANIC -> FastCode.T_PANIC;
            case CoreToken.TARGET_PRINTLN -> FastCode.T_PRINTLN;
            case CoreToken.TARGET_VALUE_METHOD -> FastCode.T_VALUE_METHOD;
            case CoreToken.TARGET_POINTER_METHOD -> FastCode.T_POINTER_METHOD;
            case CoreToken.TARGET_NIL_METHOD -> FastCode.T_NIL_METHOD;
            default -> throw new IllegalArgumentException("bad defer target in token " + t);
        };
        int a = target == FastCode.T_CLOSURE ? closure(depth) : CoreToken.param(t);
        int s = siteAt[f]++;
        out.target[s] = target;
        out.targetArg[s] = a;
        out.times[s] = times;
        out.inLoop[s] = loop;
        out.siteLoc[s] = loc;
        emit(f, FastCode.DEFER, s - out.siteStart[f]);
    }

    /** A closure literal's body, numbered as in the scan (pre-order); its closing line follows a non-empty body. */
    private int closure(int depth) {
        int child = nextClosure++;
        int before = at;
        body(child, depth + 1);
        if (at - before > 1) {
            line++;
        }
        emit(child, FastCode.END, 0);
        return child;
    }

    private void emit(int f, int o, int a) {
        int i = codeAt[f]++;
        out.op[i] = o;
        out.arg[i] = a;
    }
}
