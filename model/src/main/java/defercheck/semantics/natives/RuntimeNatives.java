package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.ProgramCounters;
import defercheck.semantics.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Package runtime's natives (declarations: resources/defercheck/lib/decl/runtime.go); the rest are builtins.
 * Caller, Callers, CallersFrames and FuncForPC read the running goroutine's stack as gc reports it (CallStack).
 */
public final class RuntimeNatives implements NativePackage {

    @Override
    public String path() {
        return "runtime";
    }

    @Override
    public void register(NativeTable t) {
        t.step("runtime.KeepAlive", a -> a.done());
        // the goroutines started and not yet ended, main's included
        t.step("runtime.NumGoroutine", a -> a.done((long) a.host().goroutines().size()));
        t.step("runtime.Caller", RuntimeNatives::caller);
        t.step("runtime.Callers", RuntimeNatives::callers);
        t.step("runtime.CallersFrames", a -> a.done(NativeArgs.pointerTo(new Value.StructValue(
                a.libraryType("runtime.Frames"), new Value[] {a.arg(0), new Value.IntValue(Type.INT, 0)}))));
        t.step("runtime.(*Frames).Next", RuntimeNatives::next);
        t.step("runtime.FuncForPC", a -> {
            if (a.integer(0) == 0) {
                return a.done(new Value.NilValue(a.result(0)));
            }
            frame(a.integer(0));
            return a.done(NativeArgs.pointerTo(new Value.StructValue(a.libraryType("runtime.Func"),
                    new Value[] {a.arg(0)})));
        });
        t.step("runtime.(*Func).Name", a -> a.arg(0) instanceof Value.NilValue ? a.done("")
                : a.done(looked(frame(((Value.IntValue) NativeArgs.fieldOf(a.arg(0), 0)).value()))
                        .function()));
    }

    private static LogicalFrame frame(long pc) {
        return (LogicalFrame) ProgramCounters.frame(pc);
    }

    /** A frame the program reads: refused if the model cannot give it exactly. */
    private static LogicalFrame looked(LogicalFrame f) {
        if (f.uncertain() != null) {
            throw new UnsupportedOperationException(f.uncertain());
        }
        return f;
    }

    private static NativeCall.Step caller(NativeArgs a) {
        long skip = a.integer(0);
        if (skip < 0) {
            throw new UnsupportedOperationException("runtime.Caller with a negative skip");
        }
        CallStack s = CallStack.walk(a.host());
        List<LogicalFrame> frames = s.frames();
        if (skip < s.certain()) {
            // the name's doubt, if any, is for FuncForPC(pc).Name()
            LogicalFrame f = frames.get((int) skip);
            return a.done(ProgramCounters.pc(f), f.file(), (long) f.line(), true);
        } else if (s.certain() == frames.size() && skip >= frames.size() || skip >= 2L * frames.size()) {
            return a.done(0L, "", 0L, false);
        }
        throw new UnsupportedOperationException("runtime.Caller past a frame of a generic function (gc may have "
                + "frames there that the model does not)");
    }

    private static NativeCall.Step callers(NativeArgs a) {
        long skip = a.integer(0);
        CallStack s = CallStack.walk(a.host());
        if (skip < 0 || s.certain() < s.frames().size()) {
            throw new UnsupportedOperationException(skip < 0 ? "runtime.Callers with a negative skip"
                    : "runtime.Callers past a frame of a generic function (gc may have frames there that the model "
                    + "does not)");
        }
        List<LogicalFrame> all = new ArrayList<>();
        all.add(RuntimeLines.callers(a.host().version()));
        all.addAll(s.frames());
        int n = 0;
        if (a.arg(1) instanceof Value.SliceValue pcs) {
            for (int i = (int) Math.min(skip, all.size()); i < all.size() && n < pcs.len(); i++, n++) {
                pcs.array()[pcs.offset() + n] = new Value.IntValue(Type.UINTPTR, ProgramCounters.pc(all.get(i)));
            }
        }
        return a.done((long) n);
    }

    /** Frames.Next: the frame of the next pc, and whether another follows. */
    private static NativeCall.Step next(NativeArgs a) {
        if (a.arg(0) instanceof Value.NilValue) {
            return a.nilDereference();
        }
        Value.StructValue it = (Value.StructValue) ((Value.PointerValue) a.arg(0)).target().load();
        Value[] fields = it.fields();
        int at = (int) ((Value.IntValue) fields[1]).value();
        int len = fields[0] instanceof Value.SliceValue pcs ? pcs.len() : 0;
        Type frameType = a.libraryType("runtime.Frame");
        if (at >= len) {
            return a.done(defercheck.semantics.Zero.of(frameType), false);
        }
        Value pc = ((Value.SliceValue) fields[0]).get(at);
        LogicalFrame f = looked(frame(((Value.IntValue) pc).value()));
        fields[1] = new Value.IntValue(Type.INT, at + 1);
        Value frame = new Value.StructValue(frameType, new Value[] {pc,
            new Value.NilValue(new Type.Pointer(a.libraryType("runtime.Func"))), new Value.StringValue(Type.STRING,
                f.function()), new Value.StringValue(Type.STRING, f.file()), new Value.IntValue(Type.INT, f.line()),
            new Value.IntValue(Type.UINTPTR, 0)});
        return a.done(frame, at + 1 < len);
    }
}
