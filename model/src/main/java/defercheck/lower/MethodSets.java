package defercheck.lower;

import defercheck.check.Lookup;
import defercheck.ir.Constant;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.ir.BinaryOp;
import defercheck.source.Span;
import defercheck.syntax.ast.SelectorExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The method sets of the defined types, for the itabs of interface calls (Go spec "Method sets"): each method a
 * value of T or *T has, with the function that implements it. A method declared on T with the right receiver is
 * its own implementation; others get the wrapper gc generates: {@code (*T).M} for a value method (which panics
 * "value method main.T.M called using nil *T pointer" on a nil receiver), and promoted methods, which walk the
 * embedded fields to the receiver.
 */
final class MethodSets {

    private final LowerContext ctx;
    private final Map<String, Integer> wrappers = new HashMap<>();

    MethodSets(LowerContext ctx) {
        this.ctx = ctx;
    }

    private final Map<Type, Map<String, Integer>> unnamed = new HashMap<>();

    /** The method sets of the unnamed struct types that promote methods and of pointers to them. */
    Map<Type, Map<String, Integer>> unnamed() {
        return unnamed;
    }

    /** Fills every defined type's value and pointer method sets, then those of unnamed struct types. */
    void build() {
        List<Type.Named> types = new ArrayList<>(ctx.info.namedTypes());
        for (defercheck.check.LibraryPackage lib : ctx.info.libraries().values()) {
            if (lib.referenced()) {
                types.addAll(lib.types());
            }
        }
        for (Type.Named n : types) {
            if (n.underlying() instanceof Type.Interface || n.underlying() == Type.INVALID) {
                continue;
            }
            for (String name : candidates(n)) {
                Lookup.Selection v = Lookup.find(n, name);
                if (v != null && inValueSet(v)) {
                    n.valueMethodSet().put(name, implementation(n, false, name, v));
                }
                Lookup.Selection p = Lookup.find(new Type.Pointer(n), name);
                if (p != null && p.isMethod()) {
                    n.pointerMethodSet().put(name, implementation(n, true, name, p));
                }
            }
        }
        for (Type.Struct st : ctx.info.unnamedStructsWithMethods()) {
            Map<String, Integer> values = new java.util.TreeMap<>();
            Map<String, Integer> pointers = new java.util.TreeMap<>();
            for (String name : candidates(st)) {
                Lookup.Selection v = Lookup.find(st, name);
                if (v != null && inValueSet(v)) {
                    values.put(name, wrapperFor(st, st.toString(), false, name, v));
                }
                Lookup.Selection p = Lookup.find(new Type.Pointer(st), name);
                if (p != null && p.isMethod()) {
                    pointers.put(name, wrapperFor(st, st.toString(), true, name, p));
                }
            }
            unnamed.put(st, values);
            unnamed.put(new Type.Pointer(st), pointers);
        }
    }

    private static boolean inValueSet(Lookup.Selection s) {
        return s.kind() == Lookup.Selection.Kind.INTERFACE_METHOD
                || s.kind() == Lookup.Selection.Kind.METHOD && (!s.method().pointerRecv() || s.indirect());
    }

    /** The names of the methods of n and of every type embedded in it, sorted. */
    private static TreeSet<String> candidates(Type n) {
        TreeSet<String> out = new TreeSet<>();
        collect(n, out, new java.util.HashSet<>());
        return out;
    }

    private static void collect(Type t, TreeSet<String> out, java.util.Set<Type> seen) {
        if (!seen.add(t)) {
            return;
        }
        if (t instanceof Type.Named n) {
            out.addAll(n.methods().keySet());
        }
        Type u = t.underlying();
        if (u instanceof Type.Interface i) {
            i.methods().forEach(m -> out.add(m.name()));
        } else if (u instanceof Type.Struct s) {
            for (Type.Field f : s.fields()) {
                if (f.embedded()) {
                    collect(f.type() instanceof Type.Pointer p ? p.elem() : f.type(), out, seen);
                }
            }
        }
    }

    /** The function that implements method {@code name} for receivers of n ({@code pointer}: of *n). */
    int implementation(Type.Named n, boolean pointer, String name, Lookup.Selection s) {
        if (s.kind() == Lookup.Selection.Kind.METHOD && s.path().isEmpty() && s.method().pointerRecv() == pointer) {
            return ctx.methodFunctionId(s.method());
        }
        return wrapperFor(n, (n.pkg().isEmpty() ? "main" : n.pkg()) + "." + n.name(), pointer, name, s);
    }

    /** The wrapper gc generates for method {@code name} of {@code base} ({@code pointer}: of *base), named {@code label}. */
    private int wrapperFor(Type base, String label, boolean pointer, String name, Lookup.Selection s) {
        String key = label + "#" + System.identityHashCode(base) + (pointer ? "*" : "") + "." + name;
        Integer id = wrappers.get(key);
        if (id == null) {
            id = ctx.reserve();
            wrappers.put(key, id);
            ctx.define(wrapper(id, base, label, pointer, name, s));
        }
        return id;
    }

    private Function wrapper(int id, Type n, String label, boolean pointer, String name, Lookup.Selection s) {
        Type recv = pointer ? new Type.Pointer(n) : n;
        Type.Func sig = Lookup.signature(s);
        Span at = s.kind() == Lookup.Selection.Kind.METHOD ? s.method().declared()
                : n instanceof Type.Named named ? named.declared() : Span.NONE;
        List<Instr> code = new ArrayList<>();
        WrapperCode w = new WrapperCode(code, at);
        w.emit(new Instr.LoadLocal(0, at));
        boolean direct = s.kind() == Lookup.Selection.Kind.METHOD && s.path().isEmpty();
        if (pointer && direct && !s.method().pointerRecv()) {
            panicwrapCheck(w, (Type.Named) n, name, at);
        }
        w.navigate(pointer, n, s);
        w.callAndReturn(sig, 1);
        String fn = (pointer ? pointerName(label) : label) + "." + name;
        return w.function(id, fn, recv, sig);
    }

    /** gc's name of *T's method set: pkg.(*T) for a defined type, (*struct { ... }) for an unnamed one. */
    private static String pointerName(String label) {
        int dot = label.startsWith("struct") ? -1 : label.indexOf('.');
        return dot < 0 ? "(*" + label + ")" : label.substring(0, dot + 1) + "(*" + label.substring(dot + 1) + ")";
    }

    /** The runtime's panicwrap: a nil receiver of a value method's pointer wrapper panics before the call. */
    private static void panicwrapCheck(WrapperCode w, Type.Named n, String name, Span at) {
        w.emit(new Instr.PushConst(new Constant.NilConst(new Type.Pointer(n)), at));
        w.emit(new Instr.Binary(BinaryOp.EQ, new Type.Pointer(n), at));
        int jump = w.emit(new Instr.JumpIfFalse(-1, at));
        w.emit(new Instr.PanicWrap(n.name(), name, at));
        w.patch(jump);
        w.emit(new Instr.LoadLocal(0, at));
    }

    /** Pushes the function of a method expression {@code T.M} (receiver first). */
    void methodExpr(FunctionLowerer f, SelectorExpr e, Lookup.Selection s) {
        Type.Func t = (Type.Func) f.exprs.typeOf(e);
        Type recv = t.params().get(0);
        int id;
        if (recv instanceof Type.Pointer p && p.elem() instanceof Type.Named n) {
            id = implementation(n, true, e.sel().name(), s);
        } else if (recv instanceof Type.Named n && !(n.underlying() instanceof Type.Interface)) {
            id = implementation(n, false, e.sel().name(), s);
        } else {
            id = interfaceMethodExpr(recv, e.sel().name(), s);
        }
        f.emit(new Instr.MakeClosure(id, List.of(), e.span()));
    }

    /** {@code I.M}: a function calling M on its interface argument. */
    private int interfaceMethodExpr(Type iface, String name, Lookup.Selection s) {
        String key = iface + "#iface." + name;
        Integer id = wrappers.get(key);
        if (id != null) {
            return id;
        }
        int nid = ctx.reserve();
        wrappers.put(key, nid);
        Span at = Span.NONE;
        List<Instr> code = new ArrayList<>();
        WrapperCode w = new WrapperCode(code, at);
        w.emit(new Instr.LoadLocal(0, at));
        w.emit(new Instr.IfaceMethod(name, Instr.IfaceCall.CALL, false, at));
        w.callAndReturn(Lookup.signature(s), 1);
        ctx.define(w.function(nid, "main." + iface + "." + name, iface, Lookup.signature(s)));
        return nid;
    }

    /** The code of one wrapper: walking to the receiver, the call, and the results stored and returned. */
    private final class WrapperCode {
        private final List<Instr> code;
        private final Span at;
        private int results;

        WrapperCode(List<Instr> code, Span at) {
            this.code = code;
            this.at = at;
        }

        int emit(Instr i) {
            code.add(i);
            return code.size() - 1;
        }

        void patch(int jump) {
            code.set(jump, new Instr.JumpIfFalse(code.size(), at));
        }

        /** From the receiver on the stack to the bound method. */
        void navigate(boolean pointer, Type n, Lookup.Selection s) {
            List<Instr> walked = new ArrayList<>();
            Navigator nav = new Navigator(walked::add, at);
            if (pointer) {
                nav.startPointer(n);
            } else {
                nav.startValue(n);
            }
            nav.walk(s.path());
            if (s.kind() == Lookup.Selection.Kind.INTERFACE_METHOD) {
                nav.toValue();
                code.addAll(walked);
                emit(new Instr.IfaceMethod(s.ifaceMethod().name(), Instr.IfaceCall.CALL, false, at));
                return;
            }
            if (s.method().pointerRecv()) {
                nav.toPointer();
            } else {
                nav.toValue();
            }
            code.addAll(walked);
            emit(new Instr.BindMethod(ctx.methodFunctionId(s.method()), at));
        }

        void callAndReturn(Type.Func sig, int firstParam) {
            for (int i = 0; i < sig.params().size(); i++) {
                emit(new Instr.LoadLocal(firstParam + i, at));
            }
            results = sig.results().size();
            emit(new Instr.Call(sig.params().size(), results, at));
            int firstResult = firstParam + sig.params().size();
            for (int r = results - 1; r >= 0; r--) {
                emit(new Instr.StoreLocal(firstResult + r, at));
            }
            emit(new Instr.Return(at));
        }

        Function function(int id, String name, Type recv, Type.Func sig) {
            List<Type> params = new ArrayList<>();
            params.add(recv);
            params.addAll(sig.params());
            List<Slot> slots = new ArrayList<>();
            slots.add(new Slot("recv", recv, false, at));
            for (int i = 0; i < sig.params().size(); i++) {
                slots.add(new Slot("a" + i, sig.params().get(i), false, at));
            }
            for (int i = 0; i < sig.results().size(); i++) {
                slots.add(new Slot("~r" + i, sig.results().get(i), false, at));
            }
            Type.Func type = new Type.Func(params, sig.results(), sig.variadic());
            return new Function(id, name, at, type, params.size(), sig.results().size(), false, slots, 0, code,
                    List.of(), 0, -1);
        }
    }
}
