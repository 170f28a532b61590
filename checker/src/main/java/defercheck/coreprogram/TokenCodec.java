package defercheck.coreprogram;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes a core program as the {@link CoreToken} string the enumerator counts. */
public final class TokenCodec {
    private static final CoreStmt RECOVER = new CoreStmt.Recover();
    private static final CoreStmt GOEXIT = new CoreStmt.Goexit();
    private static final CoreStmt WAIT = new CoreStmt.Wait();
    private static final Deferred RECOVER_CALL = new Deferred.RecoverCall();
    private static final Deferred VALUE_METHOD = new Deferred.ValueMethod();
    private static final Deferred POINTER_METHOD = new Deferred.PointerMethod();
    private static final Deferred NIL_METHOD = new Deferred.NilInterfaceMethod();

    private final int[] tokens;
    private final int length;
    private int at;

    private TokenCodec(int[] tokens, int length) {
        this.tokens = tokens;
        this.length = length;
    }

    public static CoreProgram decode(int[] tokens, int length) {
        TokenCodec c = new TokenCodec(tokens, length);
        List<CoreFunction> fns = new ArrayList<>();
        fns.add(new CoreFunction(ResultKind.NONE, c.body()));
        while (c.at < c.length) {
            int h = c.tokens[c.at++];
            if (CoreToken.kind(h) != CoreToken.HEADER) {
                throw new IllegalArgumentException("expected a function header at token " + (c.at - 1));
            }
            fns.add(new CoreFunction(ResultKind.values()[CoreToken.param(h)], c.body()));
        }
        return new CoreProgram(fns);
    }

    private List<CoreStmt> body() {
        List<CoreStmt> out = new ArrayList<>();
        while (true) {
            int t = tokens[at++];
            if (CoreToken.kind(t) == CoreToken.END) {
                return out;
            }
            out.add(stmt(t));
        }
    }

    private CoreStmt stmt(int t) {
        int p = CoreToken.param(t);
        return switch (CoreToken.kind(t)) {
            case CoreToken.PRINT -> new CoreStmt.Print(p);
            case CoreToken.RECOVER -> RECOVER;
            case CoreToken.CALL -> new CoreStmt.Call(p);
            case CoreToken.SET_RESULT -> new CoreStmt.SetResult(p);
            case CoreToken.DEFER -> new CoreStmt.Defer(guard(CoreToken.guard(t)), target(t));
            case CoreToken.PANIC -> new CoreStmt.Panic(p);
            case CoreToken.RETURN -> new CoreStmt.Return(p);
            case CoreToken.GOEXIT -> GOEXIT;
            case CoreToken.EXIT -> new CoreStmt.Exit(p);
            case CoreToken.GO -> new CoreStmt.Go(p);
            case CoreToken.WAIT -> WAIT;
            default -> throw new IllegalArgumentException("bad token " + t);
        };
    }

    private static Guard guard(int g) {
        return switch (g) {
            case CoreToken.GUARD_PLAIN -> Guard.PLAIN;
            case CoreToken.GUARD_IF_TRUE -> Guard.IF_TRUE;
            case CoreToken.GUARD_IF_FALSE -> Guard.IF_FALSE;
            default -> Guard.loop(g - 2);
        };
    }

    private Deferred target(int t) {
        int p = CoreToken.param(t);
        return switch (CoreToken.target(t)) {
            case CoreToken.TARGET_CLOSURE -> new Deferred.Closure(body());
            case CoreToken.TARGET_NAMED -> new Deferred.Named(p);
            case CoreToken.TARGET_RECOVER -> RECOVER_CALL;
            case CoreToken.TARGET_PANIC -> new Deferred.PanicCall(p);
            case CoreToken.TARGET_PRINTLN -> new Deferred.PrintlnCall(p);
            case CoreToken.TARGET_VALUE_METHOD -> VALUE_METHOD;
            case CoreToken.TARGET_POINTER_METHOD -> POINTER_METHOD;
            case CoreToken.TARGET_NIL_METHOD -> NIL_METHOD;
            default -> throw new IllegalArgumentException("bad defer target in token " + t);
        };
    }

    public static int[] encode(CoreProgram p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < p.functions().size(); i++) {
            CoreFunction f = p.function(i);
            if (i > 0) {
                out.add(CoreToken.of(CoreToken.HEADER, f.result().ordinal()));
            }
            encodeBody(f.body(), out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void encodeBody(List<CoreStmt> body, List<Integer> out) {
        for (CoreStmt s : body) {
            encodeStmt(s, out);
        }
        out.add(CoreToken.END);
    }

    private static void encodeStmt(CoreStmt s, List<Integer> out) {
        if (s instanceof CoreStmt.Print x) {
            out.add(CoreToken.of(CoreToken.PRINT, x.value()));
        } else if (s instanceof CoreStmt.Recover) {
            out.add(CoreToken.of(CoreToken.RECOVER, 0));
        } else if (s instanceof CoreStmt.Call x) {
            out.add(CoreToken.of(CoreToken.CALL, x.function()));
        } else if (s instanceof CoreStmt.SetResult x) {
            out.add(CoreToken.of(CoreToken.SET_RESULT, x.value()));
        } else if (s instanceof CoreStmt.Panic x) {
            out.add(CoreToken.of(CoreToken.PANIC, x.value()));
        } else if (s instanceof CoreStmt.Return x) {
            out.add(CoreToken.of(CoreToken.RETURN, x.value()));
        } else if (s instanceof CoreStmt.Goexit) {
            out.add(CoreToken.of(CoreToken.GOEXIT, 0));
        } else if (s instanceof CoreStmt.Exit x) {
            out.add(CoreToken.of(CoreToken.EXIT, x.value()));
        } else if (s instanceof CoreStmt.Go x) {
            out.add(CoreToken.of(CoreToken.GO, x.function()));
        } else if (s instanceof CoreStmt.Wait) {
            out.add(CoreToken.of(CoreToken.WAIT, 0));
        } else if (s instanceof CoreStmt.Defer d) {
            encodeDefer(d, out);
        } else {
            throw new AssertionError(s);
        }
    }

    private static void encodeDefer(CoreStmt.Defer d, List<Integer> out) {
        Guard g = d.guard();
        int guard = g.kind() == Guard.Kind.PLAIN ? CoreToken.GUARD_PLAIN : g.kind() == Guard.Kind.IF_TRUE
                ? CoreToken.GUARD_IF_TRUE : g.kind() == Guard.Kind.IF_FALSE ? CoreToken.GUARD_IF_FALSE : 2 + g.trips();
        Deferred w = d.what();
        if (w instanceof Deferred.Closure c) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_CLOSURE, 0));
            encodeBody(c.body(), out);
        } else if (w instanceof Deferred.Named n) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_NAMED, n.function()));
        } else if (w instanceof Deferred.RecoverCall) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_RECOVER, 0));
        } else if (w instanceof Deferred.PanicCall x) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_PANIC, x.value()));
        } else if (w instanceof Deferred.PrintlnCall x) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_PRINTLN, x.value()));
        } else if (w instanceof Deferred.ValueMethod) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_VALUE_METHOD, 0));
        } else if (w instanceof Deferred.PointerMethod) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_POINTER_METHOD, 0));
        } else if (w instanceof Deferred.NilInterfaceMethod) {
            out.add(CoreToken.defer(guard, CoreToken.TARGET_NIL_METHOD, 0));
        } else {
            throw new AssertionError(w);
        }
    }
}
