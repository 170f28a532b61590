package defercheck.lower;

import defercheck.ir.BinaryOp;
import defercheck.ir.Builtin;
import defercheck.ir.Capture;
import defercheck.ir.Constant;
import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.source.Span;
import java.util.List;

/**
 * Go functions of the libraries that the machines' native library calls run (semantics.Natives): fmt's
 * {@code handleMethods}, which calls an Error, String or GoString method and recovers its panic as fmt's
 * deferred {@code catchPanic} does. In Go source:
 *
 * <pre>
 * func handleMethods(m func() string) (s string, p any, panicked bool) {
 *     defer func() {                  // fmt.(*pp).catchPanic
 *         if r := recover(); r != nil {
 *             p, panicked = r, true
 *         }
 *     }()
 *     s = m()
 *     return
 * }
 * </pre>
 *
 * They are added only to programs that call fmt, after the program's own functions.
 */
final class LibraryWrappers {

    static final String HANDLE_METHODS = "fmt.(*pp).handleMethods";
    static final String PREPRINT = "runtime.preprintpanics.call";

    private LibraryWrappers() {
    }

    /**
     * Adds fmt's wrapper when some function calls fmt and some method is one fmt calls (Error, String or
     * GoString), and the runtime's (for preprintpanics, which calls the Error or String method of a panic value
     * before a crash prints it) when some function is such a method. A program without them lowers as before.
     */
    static void add(LowerContext ctx) {
        if (ctx.functions().stream().anyMatch(LibraryWrappers::callsFmt)
                && ctx.functions().stream().anyMatch(f -> stringMethod(f) || f.name().endsWith(".GoString")
                        && f.type().params().size() == 1 && f.type().results().equals(List.of(Type.STRING)))) {
            addRecovering(ctx, HANDLE_METHODS, "fmt.(*pp).catchPanic");
        }
        if (ctx.functions().stream().anyMatch(LibraryWrappers::stringMethod)) {
            addRecovering(ctx, PREPRINT, PREPRINT + ".func1");
        }
    }

    /** A method {@code Error() string} or {@code String() string} (its receiver is the first parameter). */
    private static boolean stringMethod(Function f) {
        boolean named = f.name().endsWith(".Error") || f.name().endsWith(".String");
        return named && f.type().params().size() == 1 && f.type().results().equals(List.of(Type.STRING));
    }

    private static boolean callsFmt(Function f) {
        for (Instr in : f.code()) {
            if (in instanceof Instr.Native n && n.name().startsWith("fmt.")) {
                return true;
            }
            Builtin b = in instanceof Instr.CallBuiltin c ? c.builtin()
                    : in instanceof Instr.CallBuiltinSpread c ? c.builtin()
                    : in instanceof Instr.DeferBuiltin d ? d.builtin() : null;
            if (b != null && b.name().startsWith("FMT_")) {
                return true;
            }
        }
        return false;
    }

    private static void addRecovering(LowerContext ctx, String name, String catcher) {
        Span at = Span.NONE;
        int outer = ctx.reserve();
        int inner = ctx.reserve();
        Type.Func method = new Type.Func(List.of(), List.of(Type.STRING));
        Type.Func type = new Type.Func(List.of(method), List.of(Type.STRING, Type.ANY, Type.BOOL));
        List<Slot> slots = List.of(new Slot("m", method, false, at), new Slot("s", Type.STRING, true, at),
                new Slot("p", Type.ANY, true, at), new Slot("panicked", Type.BOOL, true, at));
        List<Instr> code = List.of(
                new Instr.MakeClosure(inner, List.of(new Capture.FromLocal(2), new Capture.FromLocal(3)), at),
                new Instr.Defer(0, 0, at),
                new Instr.LoadLocal(0, at),
                new Instr.Call(0, 1, at),
                new Instr.StoreBoxed(1, at),
                new Instr.Return(at));
        ctx.define(new Function(outer, name, at, type, 1, 3, true, slots, 0, code,
                List.of(new DeferSite(0, at, false, "p.catchPanic(p.arg, verb, method)")), 1, -1));
        List<Instr> body = List.of(
                new Instr.CallBuiltin(Builtin.RECOVER, 0, 1, at),
                new Instr.StoreLocal(0, at),
                new Instr.LoadLocal(0, at),
                new Instr.PushConst(new Constant.NilConst(Type.ANY), at),
                new Instr.Binary(BinaryOp.NE, Type.ANY, at),
                new Instr.JumpIfFalse(10, at),
                new Instr.LoadLocal(0, at),
                new Instr.StoreCaptured(0, at),
                new Instr.PushConst(new Constant.BoolConst(Type.BOOL, true), at),
                new Instr.StoreCaptured(1, at),
                new Instr.Return(at));
        ctx.define(new Function(inner, catcher, at, new Type.Func(List.of(), List.of()), 0, 0, false,
                List.of(new Slot("r", Type.ANY, false, at)), 2, body, List.of(), 0, outer));
    }
}
