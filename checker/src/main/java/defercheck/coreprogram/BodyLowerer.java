package defercheck.coreprogram;

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
import java.util.ArrayList;
import java.util.List;

/** Lowers the statements of one body (a top-level function's or a closure's) into that function's IR. */
final class BodyLowerer {
    final List<Instr> code = new ArrayList<>();
    final List<Slot> slots = new ArrayList<>();
    final List<DeferSite> sites = new ArrayList<>();
    int returns;
    private final CoreLowering owner;
    private final int id;
    private final String name;
    private final ResultKind kind;
    private final int rSlot;
    private final boolean rBoxed;
    private final boolean closure;
    private int children;

    BodyLowerer(CoreLowering owner, int id, String name, ResultKind kind, int rSlot, boolean rBoxed, boolean closure) {
        this.owner = owner;
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.rSlot = rSlot;
        this.rBoxed = rBoxed;
        this.closure = closure;
    }

    void emit(Instr in) {
        code.add(in);
    }

    void body(List<CoreStmt> stmts, int depth) {
        for (CoreStmt s : stmts) {
            owner.line++;
            stmt(s, depth);
        }
    }

    private static Instr.PushConst push(int v, Span at) {
        return new Instr.PushConst(new Constant.IntConst(v), at);
    }

    private void stmt(CoreStmt s, int depth) {
        Span at = CoreLowering.span(owner.line, depth + 1);
        if (s instanceof CoreStmt.Print p) {
            emit(push(p.value(), at));
            emit(new Instr.CallBuiltin(Builtin.PRINTLN, 1, 0, at));
        } else if (s instanceof CoreStmt.Recover) {
            emit(new Instr.CallBuiltin(Builtin.RECOVER, 0, 1, at));
            emit(new Instr.CallBuiltin(Builtin.FMT_PRINTLN, 1, 2, at));
            emit(new Instr.Pop(at));
            emit(new Instr.Pop(at));
        } else if (s instanceof CoreStmt.Call c) {
            boolean result = owner.program().function(c.function()).result().hasResult();
            emit(new Instr.MakeClosure(c.function(), List.of(), at));
            emit(new Instr.Call(0, result ? 1 : 0, at));
            if (result) {
                emit(new Instr.CallBuiltin(Builtin.PRINTLN, 1, 0, at));
            }
        } else if (s instanceof CoreStmt.SetResult r) {
            emit(push(r.value(), at));
            storeR(at);
        } else if (s instanceof CoreStmt.Panic p) {
            emit(push(p.value(), at));
            emit(new Instr.CallBuiltin(Builtin.PANIC, 1, 0, at));
        } else if (s instanceof CoreStmt.Return r) {
            returns++;
            emit(push(r.value(), at));
            if (kind == ResultKind.NAMED) {
                storeR(at);
            } else {
                emit(new Instr.StoreLocal(0, at));
            }
            emit(new Instr.Return(at));
        } else if (s instanceof CoreStmt.Goexit) {
            emit(new Instr.CallBuiltin(Builtin.RUNTIME_GOEXIT, 0, 0, at));
        } else if (s instanceof CoreStmt.Exit e) {
            emit(push(e.value(), at));
            emit(new Instr.CallBuiltin(Builtin.OS_EXIT, 1, 0, at));
        } else if (s instanceof CoreStmt.Defer d) {
            guarded(d, depth);
        } else {
            throw new AssertionError(s);
        }
    }

    private void storeR(Span at) {
        if (closure) {
            emit(new Instr.StoreCaptured(0, at));
        } else if (rBoxed) {
            emit(new Instr.StoreBoxed(rSlot, at));
        } else {
            emit(new Instr.StoreLocal(rSlot, at));
        }
    }

    void loadR(Span at) {
        emit(rBoxed ? new Instr.LoadBoxed(rSlot, at) : new Instr.LoadLocal(rSlot, at));
    }

    private void guarded(CoreStmt.Defer d, int depth) {
        Guard g = d.guard();
        Span at = CoreLowering.span(owner.line, depth + 1);
        if (g.kind() == Guard.Kind.PLAIN) {
            deferStmt(d.what(), depth, false);
            return;
        }
        if (g.kind() == Guard.Kind.LOOP) {
            loop(d, depth, g.trips(), at);
            return;
        }
        emit(new Instr.LoadGlobal(owner.global(g.kind() == Guard.Kind.IF_TRUE), at));
        int jump = code.size();
        emit(null);
        owner.line++;
        deferStmt(d.what(), depth + 1, false);
        code.set(jump, new Instr.JumpIfFalse(code.size(), at));
        owner.line++;
    }

    private void loop(CoreStmt.Defer d, int depth, int trips, Span at) {
        int slot = slots.size();
        slots.add(new Slot("i", Type.INT, false, at));
        emit(push(0, at));
        emit(new Instr.StoreLocal(slot, at));
        int cond = code.size();
        emit(new Instr.LoadLocal(slot, at));
        emit(push(trips, at));
        emit(new Instr.Binary(BinaryOp.LT, Type.INT, at));
        int jump = code.size();
        emit(null);
        owner.line++;
        deferStmt(d.what(), depth + 1, true);
        emit(new Instr.LoadLocal(slot, at));
        emit(push(1, at));
        emit(new Instr.Binary(BinaryOp.ADD, Type.INT, at));
        emit(new Instr.StoreLocal(slot, at));
        emit(new Instr.Jump(cond, at));
        code.set(jump, new Instr.JumpIfFalse(code.size(), at));
        owner.line++;
    }

    private void deferStmt(Deferred what, int depth, boolean inLoop) {
        Span at = CoreLowering.span(owner.line, depth + 1);
        int site = sites.size();
        if (what instanceof Deferred.Closure c) {
            sites.add(new DeferSite(site, at, inLoop, "func literal"));
            int child = closure(c, depth);
            boolean captures = Uses.usesR(c.body());
            List<Capture> caps = !captures ? List.of()
                    : List.of(closure ? new Capture.FromCaptured(0) : new Capture.FromLocal(rSlot));
            emit(new Instr.MakeClosure(child, caps, CoreLowering.span(at.line(), depth + 7)));
            emit(new Instr.Defer(site, 0, at));
        } else if (what instanceof Deferred.Named n) {
            sites.add(new DeferSite(site, at, inLoop, CoreProgram.name(n.function())));
            emit(new Instr.MakeClosure(n.function(), List.of(), at));
            emit(new Instr.Defer(site, 0, at));
        } else if (what instanceof Deferred.RecoverCall) {
            sites.add(new DeferSite(site, at, inLoop, "recover"));
            emit(new Instr.DeferBuiltin(site, Builtin.RECOVER, 0, at));
        } else if (what instanceof Deferred.PanicCall p) {
            sites.add(new DeferSite(site, at, inLoop, "panic"));
            emit(push(p.value(), at));
            emit(new Instr.DeferBuiltin(site, Builtin.PANIC, 1, at));
        } else if (what instanceof Deferred.PrintlnCall p) {
            sites.add(new DeferSite(site, at, inLoop, "println"));
            emit(push(p.value(), at));
            emit(new Instr.DeferBuiltin(site, Builtin.PRINTLN, 1, at));
        } else if (what instanceof Deferred.ValueMethod) {
            // the receiver is evaluated and copied now; the deferred call prints the copy
            sites.add(new DeferSite(site, at, inLoop, "r.show"));
            emit(new Instr.MakeClosure(owner.showId(), List.of(), at));
            if (closure) {
                emit(new Instr.LoadCaptured(0, at));
            } else {
                loadR(at);
            }
            emit(new Instr.Defer(site, 1, at));
        } else if (what instanceof Deferred.PointerMethod) {
            // &r is evaluated now; the deferred call reads r when it runs
            sites.add(new DeferSite(site, at, inLoop, "r.pshow"));
            emit(new Instr.MakeClosure(owner.showId() + 1, List.of(), at));
            Type.Pointer ptr = new Type.Pointer(Type.INT);
            emit(closure ? new Instr.AddressOfCaptured(0, ptr, at) : new Instr.AddressOf(rSlot, ptr, at));
            emit(new Instr.Defer(site, 1, at));
        } else if (what instanceof Deferred.NilInterfaceMethod) {
            // evaluating I(nil).show loads the method from a nil itab: a fault at the defer statement; the
            // site stays, since gc plans it like any other (an open-coded defer)
            sites.add(new DeferSite(site, at, inLoop, "I.show"));
            emit(new Instr.PushConst(new Constant.NilConst(new Type.Pointer(Type.INT)), at));
            emit(new Instr.Deref(at));
            emit(new Instr.Pop(at));
            emit(new Instr.PushConst(new Constant.NilConst(new Type.Func(List.of(), List.of())), at));
            emit(new Instr.Defer(site, 0, at));
        } else {
            throw new AssertionError(what);
        }
    }

    /** Lowers a closure literal as its own function; it numbers before its own nested closures (pre-order). */
    private int closure(Deferred.Closure c, int depth) {
        int childId = owner.allocateClosure();
        children++;
        String childName = closure ? name + "." + children : name + ".func" + children;
        int header = owner.line;
        boolean captures = Uses.usesR(c.body());
        BodyLowerer b = new BodyLowerer(owner, childId, childName, kind, -1, false, true);
        b.body(c.body(), depth + 1);
        if (!c.body().isEmpty()) {
            owner.line++;
        }
        b.emit(new Instr.Return(CoreLowering.span(owner.line, depth + 1)));
        owner.define(new Function(childId, childName, CoreLowering.span(header, depth + 7),
                new Type.Func(List.of(), List.of()), 0, 0, false, b.slots, captures ? 1 : 0, b.code, b.sites,
                b.returns, id));
        return childId;
    }
}
