package defercheck.coreprogram;

import defercheck.ir.Constant;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import java.util.List;

/** Lowers one top-level function: its result slots and local {@code r}, its body, its terminating return. */
final class TopLevelLowerer {
    private final CoreLowering owner;
    private final int id;
    private final CoreFunction fn;

    TopLevelLowerer(CoreLowering owner, int id, CoreFunction fn) {
        this.owner = owner;
        this.id = id;
        this.fn = fn;
    }

    Function lower() {
        int header = owner.line;
        String name = "main." + CoreProgram.name(id);
        boolean closuresWriteR = closuresSetResult(fn.body());
        boolean localR = fn.result() == ResultKind.UNNAMED && Uses.usesR(fn.body());
        boolean needsReturn = fn.result().hasResult() && !GoPrinter.endsTerminating(fn.body());
        boolean oneLine = fn.body().isEmpty() && !localR && !needsReturn;
        int rSlot = fn.result() == ResultKind.NAMED ? 0 : localR ? 1 : -1;
        // &r (a deferred method of *R) needs r in a box, as a closure capturing it does
        boolean rBoxed = closuresWriteR || Uses.takesAddress(fn.body());
        BodyLowerer b = new BodyLowerer(owner, id, name, fn.result(), rSlot, rBoxed, false);
        if (fn.result() == ResultKind.NAMED) {
            b.slots.add(new Slot("r", Type.INT, rBoxed, CoreLowering.span(header, 12)));
        } else if (fn.result() == ResultKind.UNNAMED) {
            b.slots.add(new Slot("~r0", Type.INT, false, CoreLowering.span(header, 11)));
        }
        if (localR) {
            declareLocalR(b, rBoxed, needsReturn);
        }
        b.body(fn.body(), 1);
        if (needsReturn) {
            owner.line++;
            terminatingReturn(b, localR, rBoxed);
        }
        if (!oneLine) {
            owner.line++;
        }
        b.emit(new Instr.Return(CoreLowering.span(owner.line, 1)));
        Type.Func type = new Type.Func(List.of(), fn.result().hasResult() ? List.of(Type.INT) : List.of());
        return new Function(id, name, CoreLowering.span(header, 1), type, 0, fn.result().hasResult() ? 1 : 0,
                fn.result() == ResultKind.NAMED, b.slots, 0, b.code, b.sites, b.returns, -1);
    }

    private void declareLocalR(BodyLowerer b, boolean boxed, boolean needsReturn) {
        owner.line++;
        b.slots.add(new Slot("r", Type.INT, boxed, CoreLowering.span(owner.line, 2)));
        b.emit(new Instr.PushConst(new Constant.IntConst(0), CoreLowering.span(owner.line, 7)));
        if (boxed) {
            b.emit(new Instr.DeclareBoxed(1, Type.INT, CoreLowering.span(owner.line, 2)));
            b.emit(new Instr.StoreBoxed(1, CoreLowering.span(owner.line, 2)));
        } else {
            b.emit(new Instr.StoreLocal(1, CoreLowering.span(owner.line, 2)));
        }
        if (!needsReturn) {
            owner.line++;
            b.loadR(CoreLowering.span(owner.line, 6));
            b.emit(new Instr.Pop(CoreLowering.span(owner.line, 2)));
        }
    }

    private void terminatingReturn(BodyLowerer b, boolean localR, boolean rBoxed) {
        b.returns++;
        if (fn.result() == ResultKind.NAMED) {
            b.emit(new Instr.Return(CoreLowering.span(owner.line, 2)));
            return;
        }
        if (localR) {
            b.loadR(CoreLowering.span(owner.line, 9));
        } else {
            b.emit(new Instr.PushConst(new Constant.IntConst(0), CoreLowering.span(owner.line, 9)));
        }
        b.emit(new Instr.StoreLocal(0, CoreLowering.span(owner.line, 2)));
        b.emit(new Instr.Return(CoreLowering.span(owner.line, 2)));
    }

    /** Whether a deferred closure in this body (at any depth) uses r: then r lives in a box. */
    private static boolean closuresSetResult(List<CoreStmt> body) {
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c && Uses.usesR(c.body())) {
                return true;
            }
        }
        return false;
    }
}
