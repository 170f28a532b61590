package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.FuncLit;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.IndexExpr;
import defercheck.syntax.ast.ParenExpr;
import defercheck.syntax.ast.SelectorExpr;
import defercheck.syntax.ast.UnaryExpr;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls may change memory their caller can load, so that only those make a statement's order matter.
 * A function writes if its body stores to a package variable, to a variable of an enclosing function, or
 * through memory (a deref, a field through a pointer, a slice or map element); if it appends, copies, clears,
 * deletes, closes, sends, receives, selects, ranges over a channel or a function, starts a goroutine or
 * yields (another goroutine may write meanwhile); or if it calls a function that writes or one it cannot
 * name (a func value). An interface method call may reach every method of the program with that name, and
 * the fmt printers every String, Error, GoString and Format method. Computed as a least fixed point.
 */
final class OrderEffects {

    private static final Set<Builtin> PURE = EnumSet.of(Builtin.PRINT, Builtin.PRINTLN, Builtin.PANIC,
            Builtin.RECOVER, Builtin.LEN, Builtin.CAP, Builtin.COMPLEX, Builtin.REAL, Builtin.IMAG, Builtin.MIN,
            Builtin.MAX, Builtin.RUNTIME_GC, Builtin.RUNTIME_BREAKPOINT, Builtin.OS_EXIT);
    private static final Set<Builtin> FORMATTING = EnumSet.of(Builtin.FMT_PRINT, Builtin.FMT_PRINTLN,
            Builtin.FMT_SPRINT, Builtin.FMT_SPRINTLN, Builtin.FMT_SPRINTF, Builtin.FMT_PRINTF);
    private static final List<String> FORMATTING_METHODS = List.of("String", "Error", "GoString", "Format");

    /** What running a function may change: memory through pointers, named variables, or anything at all. */
    static final class Facts {
        boolean memory;
        boolean all;
        final Set<Var> vars = new java.util.LinkedHashSet<>();
        final List<FuncInfo> callees = new ArrayList<>();

        boolean absorb(Facts o) {
            boolean changed = (o.memory && !memory) || (o.all && !all);
            memory |= o.memory;
            all |= o.all;
            changed |= vars.addAll(o.vars);
            return changed;
        }
    }

    private static final Facts ANYTHING = new Facts();

    static {
        ANYTHING.all = true;
        ANYTHING.memory = true;
    }

    /**
     * Library methods that call no code of the program and change nothing a load can read: readers of their
     * receiver, and the timers' Stop and Reset, which change only the runtime's timer (never the C field).
     */
    private static final Set<String> READERS = Set.of("strconv.NumError.Unwrap", "log.Logger.Writer",
            "sort.IntSlice.Len", "time.Timer.Stop", "time.Timer.Reset", "time.Ticker.Stop", "time.Ticker.Reset");

    /** Library functions that only read, apart from calling their arguments' methods of these names. */
    private static final Map<String, List<String>> CALLBACKS = Map.of("errors.Unwrap", List.of("Unwrap"),
            "errors.Is", List.of("Is", "Unwrap"));

    private final Info info;
    private final Map<FuncInfo, Facts> facts = new IdentityHashMap<>();
    private final Map<String, List<FuncInfo>> methodsByName = new java.util.TreeMap<>();
    /** Addressed variables whose address provably stays in a local pointer used only to dereference. */
    final Set<Var> confined = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Variables stored to by a function other than the one declaring them (a closure). */
    final Set<Var> foreignStored = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Stands for the other goroutines, which may run while this one blocks (a send, receive or select) or
     * yields: its callees are main and every function a go statement starts.
     */
    final FuncInfo others;

    OrderEffects(Info info) {
        this.info = info;
        this.others = new FuncInfo(new Type.Func(List.of(), List.of()), info.init().span(), null, null);
        for (FuncObj f : info.functions()) {
            if (f.name().equals("main") && !f.decl().isMethod()) {
                factsOf(others).callees.add(info.funcInfo(f.decl()));
            }
        }
        for (FuncObj f : info.functions()) {
            FuncInfo fi = info.funcInfo(f.decl());
            if (fi != null && f.decl().isMethod()) {
                methodsByName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(fi);
            }
        }
    }

    Facts factsOf(FuncInfo fi) {
        return facts.computeIfAbsent(fi, k -> new Facts());
    }

    /** Closes every function's facts over the functions it calls (a least fixed point). */
    void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Facts f : facts.values()) {
                for (FuncInfo c : f.callees) {
                    changed |= f.absorb(summary(c));
                }
            }
        }
    }

    private Facts summary(FuncInfo f) {
        if (f == others) {
            return facts.get(others);
        }
        return f == null || f.body() == null || !facts.containsKey(f) ? ANYTHING : facts.get(f);
    }

    /** After {@link #solve}: what evaluating {@code e} (a call or a receive) may change; null if nothing. */
    Facts effect(Expr e) {
        Facts f = new Facts();
        if (e instanceof UnaryExpr) {
            f.callees.add(others);
        } else {
            f.memory = direct((CallExpr) e, f);
        }
        for (FuncInfo c : f.callees) {
            f.absorb(summary(c));
        }
        return f.memory || f.all || !f.vars.isEmpty() ? f : null;
    }

    /**
     * Adds the call {@code c}'s own effects and callees to {@code f}; returns whether it writes memory by
     * itself. A library function the model implements natively may write through its arguments and call back
     * any method of the program, as a func value may run anything.
     */
    boolean direct(CallExpr c, Facts f) {
        CallResolution kind = info.callKind(c);
        if (kind instanceof CallResolution.Conversion || kind instanceof CallResolution.New
                || kind instanceof CallResolution.Make) {
            return false;
        } else if (kind instanceof CallResolution.Append) {
            return true;
        } else if (kind instanceof CallResolution.BuiltinCall b) {
            return builtin(b.builtin(), f);
        } else if (kind instanceof CallResolution.SpreadBuiltinCall b) {
            return builtin(b.builtin(), f);
        }
        if (c.fun() instanceof SelectorExpr s && READERS.contains(libraryMethod(s))) {
            return false;
        }
        if (c.fun() instanceof SelectorExpr s && s.x() instanceof Ident pkg && info.isPackageMember(s)
                && info.objectOf(pkg) instanceof PackageObj p
                && CALLBACKS.containsKey(p.path() + "." + s.sel().name())) {
            CALLBACKS.get(p.path() + "." + s.sel().name())
                    .forEach(m -> f.callees.addAll(methodsByName.getOrDefault(m, List.of())));
            return false;
        }
        f.callees.addAll(callees(c.fun()));
        return false;
    }

    private String libraryMethod(SelectorExpr s) {
        Lookup.Selection sel = info.selection(s);
        if (sel == null || sel.kind() != Lookup.Selection.Kind.METHOD || sel.recvBase() == null) {
            return "";
        }
        return sel.recvBase().pkg() + "." + sel.recvBase().name() + "." + s.sel().name();
    }

    private boolean builtin(Builtin b, Facts f) {
        if (FORMATTING.contains(b)) {
            FORMATTING_METHODS.forEach(m -> f.callees.addAll(methodsByName.getOrDefault(m, List.of())));
            return false;
        }
        if (b == Builtin.RUNTIME_GOSCHED) {
            f.callees.add(others);
        } else if (b == Builtin.RUNTIME_GOEXIT) {
            f.all = true;
        }
        return !PURE.contains(b);
    }

    /** The bodies a call of {@code fun} may run; a null element stands for one that cannot be named. */
    private List<FuncInfo> callees(Expr fun) {
        if (fun instanceof ParenExpr p) {
            return callees(p.x());
        } else if (fun instanceof FuncLit lit) {
            return listOf(info.funcInfo(lit));
        } else if (fun instanceof Ident id) {
            return info.objectOf(id) instanceof FuncObj f ? listOf(info.funcInfo(f.decl())) : listOf(null);
        } else if (fun instanceof IndexExpr ix && info.instantiation(ix) != null) {
            return listOf(info.funcInfo(info.instantiation(ix).decl()));
        } else if (fun instanceof SelectorExpr s) {
            if (info.isPackageMember(s)) {
                return info.objectOf(s.sel()) instanceof FuncObj f ? listOf(info.funcInfo(f.decl())) : listOf(null);
            }
            Lookup.Selection sel = info.selection(s);
            if (sel != null && sel.kind() == Lookup.Selection.Kind.METHOD && sel.method() != null) {
                FuncObj f = info.methodFunction(sel.method());
                return listOf(f == null ? null : info.funcInfo(f.decl()));
            }
            if (sel != null && sel.kind() == Lookup.Selection.Kind.INTERFACE_METHOD) {
                return methodsByName.getOrDefault(s.sel().name(), List.of());
            }
        }
        return listOf(null);
    }

    private static List<FuncInfo> listOf(FuncInfo f) {
        List<FuncInfo> l = new ArrayList<>(1);
        l.add(f);
        return l;
    }

    /** Adds to {@code f} what storing to {@code target} inside the body of {@code fi} changes. */
    void store(FuncInfo fi, Expr target, Facts f) {
        if (target instanceof Ident id) {
            if (info.objectOf(id) instanceof Var v) {
                if (v.kind() == Var.Kind.GLOBAL || v.owner() != fi) {
                    f.vars.add(v);
                }
                if (v.kind() != Var.Kind.GLOBAL && v.owner() != fi) {
                    foreignStored.add(v);
                }
                f.memory |= v.addressed() && !confined.contains(v);
            }
        } else if (target instanceof ParenExpr p) {
            store(fi, p.x(), f);
        } else if (target instanceof SelectorExpr s && !info.isPackageMember(s) && !OrderLoads.throughPointer(info, s)) {
            store(fi, s.x(), f);
        } else if (target instanceof IndexExpr ix && info.typeOf(ix.x()) != null
                && info.typeOf(ix.x()).underlying() instanceof Type.Array) {
            store(fi, ix.x(), f);
        } else {
            f.memory = true;
        }
    }
}
