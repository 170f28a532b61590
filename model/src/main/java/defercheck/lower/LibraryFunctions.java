package defercheck.lower;

import defercheck.check.FuncObj;
import defercheck.check.LibraryPackage;
import defercheck.check.Var;
import defercheck.ir.Function;
import defercheck.ir.Global;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library packages' functions and variables in the program: each function or method the program refers to
 * (or that a method set needs) becomes a native function, numbered when first needed, whose body is one
 * {@code Instr.Native} step named as the runtime names it ({@code strings.Index}, {@code
 * errors.(*errorString).Error}); each package variable becomes a global after the program's own.
 */
final class LibraryFunctions {

    private final LowerContext ctx;
    private final Map<FuncObj, Integer> ids = new IdentityHashMap<>();
    private final Map<FuncObj, LibraryPackage> owners = new IdentityHashMap<>();
    private final List<Var> globals = new ArrayList<>();

    LibraryFunctions(LowerContext ctx) {
        this.ctx = ctx;
        for (LibraryPackage lib : ctx.info.libraries().values()) {
            lib.functions().forEach(f -> owners.put(f, lib));
            globals.addAll(lib.vars());
        }
    }

    /** The function id of library function {@code f}, defining its native function on first use. */
    int id(FuncObj f) {
        Integer id = ids.get(f);
        if (id == null) {
            id = ctx.reserve();
            ids.put(f, id);
            ctx.define(nativeFunction(id, runtimeName(f), f.type(), slotNames(f)));
        }
        return id;
    }

    /** The global index of library variable {@code v}: after the program's own variables. */
    int globalIndex(Var v) {
        return ctx.info.globals().size() + globals.indexOf(v);
    }

    /** The library variables as globals, in the order {@link #globalIndex} numbers them. */
    List<Global> globals() {
        List<Global> out = new ArrayList<>();
        for (LibraryPackage lib : ctx.info.libraries().values()) {
            for (Var v : lib.vars()) {
                out.add(new Global(v.name(), v.type(), v.declared(), lib.path() + "." + v.name()));
            }
        }
        return out;
    }

    /** The defined types of the packages the program refers to, by qualified name, for the natives. */
    Map<String, Type.Named> types() {
        Map<String, Type.Named> out = new TreeMap<>();
        for (LibraryPackage lib : ctx.info.libraries().values()) {
            for (Type.Named n : lib.types()) {
                out.put(lib.path() + "." + n.name(), n);
            }
        }
        return out;
    }

    private String runtimeName(FuncObj f) {
        if (!f.decl().isMethod()) {
            return owners.get(f).path() + "." + f.name();
        }
        Type recv = f.type().params().get(0);
        if (recv instanceof Type.Pointer p) {
            Type.Named n = (Type.Named) p.elem();
            return packagePath(n) + ".(*" + n.name() + ")." + f.name();
        }
        Type.Named n = (Type.Named) recv;
        return packagePath(n) + "." + n.name() + "." + f.name();
    }

    private String packagePath(Type.Named n) {
        for (LibraryPackage lib : ctx.info.libraries().values()) {
            if (lib.types().contains(n)) {
                return lib.path();
            }
        }
        return n.pkg();
    }

    /** The declared names of the receiver, parameters and results ("" where the declaration has none). */
    private static List<String> slotNames(FuncObj f) {
        List<String> names = new ArrayList<>();
        if (f.decl().isMethod()) {
            names.add(f.decl().recv().name() == null ? "" : f.decl().recv().name().name());
        }
        f.decl().type().params().forEach(p -> names.add(p.name() == null ? "" : p.name().name()));
        f.decl().type().results().forEach(r -> names.add(r.name() == null ? "" : r.name().name()));
        return names;
    }

    static Function nativeFunction(int id, String name, Type.Func type, List<String> names) {
        List<Slot> slots = new ArrayList<>();
        int params = type.params().size();
        for (int i = 0; i < params; i++) {
            String n = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "a" + i;
            slots.add(new Slot(n, type.params().get(i), false, Span.NONE));
        }
        for (int i = 0; i < type.results().size(); i++) {
            int k = params + i;
            String n = k < names.size() && !names.get(k).isEmpty() ? names.get(k) : "~r" + i;
            slots.add(new Slot(n, type.results().get(i), false, Span.NONE));
        }
        List<Instr> code = List.of(new Instr.Native(name, Span.NONE), new Instr.Return(Span.NONE));
        return new Function(id, name, Span.NONE, type, type.params().size(), type.results().size(), false, slots, 0,
                code, List.of(), 0, -1);
    }
}
