package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The small functions the runtime calls for a deferred call that is not a Go func value: a deferred
 * builtin ({@code defer println(x)}, {@code defer recover()}) and a deferred nil func, whose call panics
 * when the deferred call runs, not at the defer statement. Since Go 1.17 the compiler really does wrap
 * such calls in a closure; a wrapper for {@code recover} is transparent to the recover caller rule.
 */
public final class Wrappers {
    private final int firstId;

    public Wrappers(int firstId) {
        this.firstId = firstId;
    }

    static int resultCount(Builtin b) {
        return switch (b) {
            case RECOVER, FMT_SPRINT, FMT_SPRINTLN, FMT_SPRINTF -> 1;
            case FMT_PRINT, FMT_PRINTLN, FMT_PRINTF -> 2;
            default -> 0;
        };
    }

    public Function forBuiltin(Builtin b, int argc, Span span) {
        List<Instr> code = new ArrayList<>();
        loadArgs(code, argc, span);
        int rc = resultCount(b);
        code.add(new Instr.CallBuiltin(b, argc, rc, span));
        popResults(code, rc, span);
        code.add(new Instr.Return(span));
        return wrapper("runtime.deferwrap(" + b.goName() + ")", argc, code, span);
    }

    public Function forNilCall(Type funcType, int argc, Span span) {
        List<Instr> code = new ArrayList<>();
        code.add(new Instr.PushConst(new Constant.NilConst(funcType), span));
        loadArgs(code, argc, span);
        int rc = funcType instanceof Type.Func f ? f.results().size() : 0;
        code.add(new Instr.Call(argc, rc, span));
        popResults(code, rc, span);
        code.add(new Instr.Return(span));
        return wrapper("runtime.deferwrap(nil func)", argc, code, span);
    }

    private static void loadArgs(List<Instr> code, int argc, Span span) {
        for (int i = 0; i < argc; i++) {
            code.add(new Instr.LoadLocal(i, span));
        }
    }

    private static void popResults(List<Instr> code, int rc, Span span) {
        for (int i = 0; i < rc; i++) {
            code.add(new Instr.Pop(span));
        }
    }

    private Function wrapper(String name, int argc, List<Instr> code, Span span) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < argc; i++) {
            slots.add(new Slot("a" + i, Type.ANY, false, span));
        }
        Type.Func type = new Type.Func(Collections.nCopies(argc, Type.ANY), List.of());
        return new Function(firstId, name, span, type, argc, 0, false, slots, 0, code, List.of(), 0, -1);
    }
}
