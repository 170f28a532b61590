package defercheck.core;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes a core program as the {@link Token} string the enumerator counts. */
public final class TokenCodec {
    private static final Stmt RECOVER = new Stmt.Recover();
    private static final Stmt GOEXIT = new Stmt.Goexit();
    private static final Deferred RECOVER_CALL = new Deferred.RecoverCall();

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
            if (Token.kind(h) != Token.HEADER) {
                throw new IllegalArgumentException("expected a function header at token " + (c.at - 1));
            }
            fns.add(new CoreFunction(ResultKind.values()[Token.param(h)], c.body()));
        }
        return new CoreProgram(fns);
    }

    private List<Stmt> body() {
        List<Stmt> out = new ArrayList<>();
        while (true) {
            int t = tokens[at++];
            if (Token.kind(t) == Token.END) {
                return out;
            }
            out.add(stmt(t));
        }
    }

    private Stmt stmt(int t) {
        int p = Token.param(t);
        switch (Token.kind(t)) {
            case Token.PRINT: return new Stmt.Print(p);
            case Token.RECOVER: return RECOVER;
            case Token.CALL: return new Stmt.Call(p);
            case Token.SET_RESULT: return new Stmt.SetResult(p);
            case Token.DEFER: return new Stmt.Defer(guard(Token.guard(t)), target(t));
            case Token.PANIC: return new Stmt.Panic(p);
            case Token.RETURN: return new Stmt.Return(p);
            case Token.GOEXIT: return GOEXIT;
            case Token.EXIT: return new Stmt.Exit(p);
            default: throw new IllegalArgumentException("bad token " + t);
        }
    }

    private static Guard guard(int g) {
        switch (g) {
            case Token.GUARD_PLAIN: return Guard.PLAIN;
            case Token.GUARD_IF_TRUE: return Guard.IF_TRUE;
            case Token.GUARD_IF_FALSE: return Guard.IF_FALSE;
            default: return Guard.loop(g - 2);
        }
    }

    private Deferred target(int t) {
        int p = Token.param(t);
        switch (Token.target(t)) {
            case Token.TARGET_CLOSURE: return new Deferred.Closure(body());
            case Token.TARGET_NAMED: return new Deferred.Named(p);
            case Token.TARGET_RECOVER: return RECOVER_CALL;
            case Token.TARGET_PANIC: return new Deferred.PanicCall(p);
            case Token.TARGET_PRINTLN: return new Deferred.PrintlnCall(p);
            default: throw new IllegalArgumentException("bad defer target in token " + t);
        }
    }

    public static int[] encode(CoreProgram p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < p.functions().size(); i++) {
            CoreFunction f = p.function(i);
            if (i > 0) {
                out.add(Token.of(Token.HEADER, f.result().ordinal()));
            }
            encodeBody(f.body(), out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void encodeBody(List<Stmt> body, List<Integer> out) {
        for (Stmt s : body) {
            encodeStmt(s, out);
        }
        out.add(Token.END);
    }

    private static void encodeStmt(Stmt s, List<Integer> out) {
        if (s instanceof Stmt.Print x) {
            out.add(Token.of(Token.PRINT, x.value()));
        } else if (s instanceof Stmt.Recover) {
            out.add(Token.of(Token.RECOVER, 0));
        } else if (s instanceof Stmt.Call x) {
            out.add(Token.of(Token.CALL, x.function()));
        } else if (s instanceof Stmt.SetResult x) {
            out.add(Token.of(Token.SET_RESULT, x.value()));
        } else if (s instanceof Stmt.Panic x) {
            out.add(Token.of(Token.PANIC, x.value()));
        } else if (s instanceof Stmt.Return x) {
            out.add(Token.of(Token.RETURN, x.value()));
        } else if (s instanceof Stmt.Goexit) {
            out.add(Token.of(Token.GOEXIT, 0));
        } else if (s instanceof Stmt.Exit x) {
            out.add(Token.of(Token.EXIT, x.value()));
        } else if (s instanceof Stmt.Defer d) {
            encodeDefer(d, out);
        } else {
            throw new AssertionError(s);
        }
    }

    private static void encodeDefer(Stmt.Defer d, List<Integer> out) {
        Guard g = d.guard();
        int guard = g.kind() == Guard.Kind.PLAIN ? Token.GUARD_PLAIN : g.kind() == Guard.Kind.IF_TRUE
                ? Token.GUARD_IF_TRUE : g.kind() == Guard.Kind.IF_FALSE ? Token.GUARD_IF_FALSE : 2 + g.trips();
        Deferred w = d.what();
        if (w instanceof Deferred.Closure c) {
            out.add(Token.defer(guard, Token.TARGET_CLOSURE, 0));
            encodeBody(c.body(), out);
        } else if (w instanceof Deferred.Named n) {
            out.add(Token.defer(guard, Token.TARGET_NAMED, n.function()));
        } else if (w instanceof Deferred.RecoverCall) {
            out.add(Token.defer(guard, Token.TARGET_RECOVER, 0));
        } else if (w instanceof Deferred.PanicCall x) {
            out.add(Token.defer(guard, Token.TARGET_PANIC, x.value()));
        } else if (w instanceof Deferred.PrintlnCall x) {
            out.add(Token.defer(guard, Token.TARGET_PRINTLN, x.value()));
        } else {
            throw new AssertionError(w);
        }
    }
}
