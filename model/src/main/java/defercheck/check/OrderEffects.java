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
import defercheck.syntax.ast.StarExpr;
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

    /** What one function body does by itself, and whom it calls. */
    static final class Facts {
        boolean direct;
        final List<FuncInfo> callees = new ArrayList<>();
        boolean writes;
    }

    private final Info info;
    private final Map<FuncInfo, Facts> facts = new IdentityHashMap<>();
    private final Map<String, List<FuncInfo>> methodsByName = new java.util.TreeMap<>();

    OrderEffects(Info info) {
        this.info = info;
        for (FuncObj f : info.functions()) {
            FuncInfo fi = info.funcInfo(f.decl());
            if (fi != null && f.decl().isMethod()) {
                methodsByName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(fi);
            }
        }
    }

    /** Records the facts of {@code fi} (scanned by the caller); the fixed point is taken by {@link #solve}. */
    Facts factsOf(FuncInfo fi) {
        return facts.computeIfAbsent(fi, k -> new Facts());
    }

    void solve() {
        facts.values().forEach(f -> f.writes = f.direct);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Facts f : facts.values()) {
                if (!f.writes && f.callees.stream().anyMatch(c -> c == null || !facts.containsKey(c)
                        || facts.get(c).writes)) {
                    f.writes = true;
                    changed = true;
                }
            }
        }
    }

    /** After {@link #solve}: whether evaluating {@code e} itself (a call or a receive) may write memory. */
    boolean writes(Expr e) {
        if (e instanceof UnaryExpr u) {
            return u.op() == TokenKind.ARROW;
        }
        if (!(e instanceof CallExpr c)) {
            return false;
        }
        List<FuncInfo> callees = new ArrayList<>();
        if (direct(c, callees)) {
            return true;
        }
        return callees.stream().anyMatch(f -> f == null || !facts.containsKey(f) || facts.get(f).writes);
    }

    /** Whether the call {@code c} writes by itself; the functions it may run are added to {@code callees}. */
    boolean direct(CallExpr c, List<FuncInfo> callees) {
        CallResolution kind = info.callKind(c);
        if (kind instanceof CallResolution.Conversion || kind instanceof CallResolution.New
                || kind instanceof CallResolution.Make) {
            return false;
        } else if (kind instanceof CallResolution.Append) {
            return true;
        } else if (kind instanceof CallResolution.BuiltinCall b) {
            return builtin(b.builtin(), callees);
        } else if (kind instanceof CallResolution.SpreadBuiltinCall b) {
            return builtin(b.builtin(), callees);
        }
        callees.addAll(callees(c.fun()));
        return false;
    }

    private boolean builtin(Builtin b, List<FuncInfo> callees) {
        if (FORMATTING.contains(b)) {
            FORMATTING_METHODS.forEach(m -> callees.addAll(methodsByName.getOrDefault(m, List.of())));
            return false;
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

    /** Whether storing to {@code target} inside the body of {@code fi} writes memory a caller can see. */
    boolean storeWrites(FuncInfo fi, Expr target) {
        if (target instanceof Ident id) {
            return info.objectOf(id) instanceof Var v && (v.kind() == Var.Kind.GLOBAL || v.owner() != fi);
        } else if (target instanceof ParenExpr p) {
            return storeWrites(fi, p.x());
        } else if (target instanceof SelectorExpr s) {
            if (info.isPackageMember(s) || OrderLoads.throughPointer(info, s)) {
                return true;
            }
            return storeWrites(fi, s.x());
        } else if (target instanceof IndexExpr ix) {
            Type t = info.typeOf(ix.x());
            if (t != null && t.underlying() instanceof Type.Array) {
                return storeWrites(fi, ix.x());
            }
            return true;
        }
        return target instanceof StarExpr || !(target instanceof Ident);
    }
}
