package defercheck.lower;

import defercheck.check.FuncInfo;
import defercheck.check.FuncObj;
import defercheck.check.Var;
import defercheck.ir.Capture;
import defercheck.ir.Constant;
import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.VarSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one function: owns its frame layout (params, then results, then every local declaration
 * in order, each with its own slot), its code, its captured variables and its defer sites.
 */
final class FunctionLowerer {

    final LowerContext ctx;
    final FuncInfo fi;
    final String name;
    final int id;
    final int parent;
    final List<Instr> code = new ArrayList<>();
    final List<DeferSite> sites = new ArrayList<>();
    final ExprLowerer exprs;
    final CallLowerer calls;
    final AddressLowerer addresses;
    final CompositeLowerer composites;
    final MethodLowerer methods;
    final Assignments assignments;
    final RangeLowerer ranges;
    final StmtLowerer stmts;
    final SwitchLowerer switches;
    final SelectLowerer selects;
    final Branches branches;
    final RangeFuncLowerer rangeFuncs;
    /** The range-over-func loop whose body this function is (gc's range body closure), or null. */
    RangeBody rangeBody;
    final DeadStatementTracker dead;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<Var, Integer> slotOf = new IdentityHashMap<>();
    private final List<Var> captures = new ArrayList<>();
    int returns;
    private int closures;
    private int rangeBodies;

    FunctionLowerer(LowerContext ctx, FuncInfo fi, String name, int id, int parent) {
        this.ctx = ctx;
        this.fi = fi;
        this.name = name;
        this.id = id;
        this.parent = parent;
        this.exprs = new ExprLowerer(this);
        this.calls = new CallLowerer(this);
        this.addresses = new AddressLowerer(this);
        this.composites = new CompositeLowerer(this);
        this.methods = new MethodLowerer(this);
        this.assignments = new Assignments(this);
        this.ranges = new RangeLowerer(this);
        this.stmts = new StmtLowerer(this);
        this.switches = new SwitchLowerer(this);
        this.selects = new SelectLowerer(this);
        this.branches = new Branches(this);
        this.rangeFuncs = new RangeFuncLowerer(this);
        this.dead = new DeadStatementTracker(ctx.info);
    }

    Function lowerBody() {
        fi.params().forEach(this::addSlot);
        fi.results().forEach(this::addSlot);
        branches.scan(fi.body());
        stmts.stmts(fi.body().stmts());
        emit(new Instr.Return(fi.body().rbrace()));
        return function();
    }

    /** The package initializer: each initialized package variable in initialization order, then the init functions. */
    Function lowerInit(List<VarSpec> specs, List<FuncObj> initFuncs) {
        for (VarSpec spec : specs) {
            stmts.pushValues(spec.values(), spec.names().size());
            for (int i = spec.names().size() - 1; i >= 0; i--) {
                Ident n = spec.names().get(i);
                Var v = ctx.info.definitionOf(n);
                emit(n.name().equals("_") ? new Instr.Pop(n.span()) : new Instr.StoreGlobal(ctx.globalIndex(v), n.span()));
            }
        }
        for (FuncObj f : initFuncs) {
            emit(new Instr.MakeClosure(f.index(), List.of(), f.decl().name().span()));
            emit(new Instr.Call(0, 0, f.decl().name().span()));
        }
        emit(new Instr.Return(fi.span()));
        return function();
    }

    private Function function() {
        return new Function(id, name, fi.span(), fi.type(), fi.params().size(), fi.results().size(),
                fi.namedResults(), slots, captures.size(), code, sites, returns, parent, dead.result());
    }

    private int addSlot(Var v) {
        slotOf.put(v, slots.size());
        slots.add(new Slot(v.name(), v.type(), v.boxed(), v.declared()));
        return slots.size() - 1;
    }

    /** A local declaration executes: a new slot, and a fresh box when a closure captures it. */
    void declare(Var v, Span at) {
        int slot = addSlot(v);
        if (v.boxed()) {
            emit(new Instr.DeclareBoxed(slot, v.type(), at));
        }
    }

    /** {@code var x T} without a value: the zero value, also when the declaration runs again in a loop. */
    void declareZero(Var v, Span at) {
        declare(v, at);
        if (!v.boxed()) {
            emit(new Instr.PushConst(Constant.zero(v.type()), at));
            emit(new Instr.StoreLocal(slotOf.get(v), at));
        }
    }

    /** A fresh hidden slot for a value the lowering keeps aside (an evaluated operand of an assignment). */
    int temp(Type t) {
        slots.add(new Slot("~t" + slots.size(), t, false, fi.span()));
        return slots.size() - 1;
    }

    int slot(Var v) {
        return slotOf.get(v);
    }

    void load(Var v, Span at) {
        if (v.kind() == Var.Kind.GLOBAL) {
            emit(new Instr.LoadGlobal(ctx.globalIndex(v), at));
        } else if (v.owner() == fi) {
            emit(v.boxed() ? new Instr.LoadBoxed(slot(v), at) : new Instr.LoadLocal(slot(v), at));
        } else {
            emit(new Instr.LoadCaptured(captureIndex(v), at));
        }
    }

    void store(Var v, Span at) {
        if (v.kind() == Var.Kind.GLOBAL) {
            emit(new Instr.StoreGlobal(ctx.globalIndex(v), at));
        } else if (v.owner() == fi) {
            emit(v.boxed() ? new Instr.StoreBoxed(slot(v), at) : new Instr.StoreLocal(slot(v), at));
        } else {
            emit(new Instr.StoreCaptured(captureIndex(v), at));
        }
    }

    /** {@code &v}: a pointer to the box of a local of this function or of one it captured, or to a package variable. */
    void address(Var v, Span at) {
        Type.Pointer type = new Type.Pointer(v.type());
        if (v.kind() == Var.Kind.GLOBAL) {
            emit(new Instr.AddressOfGlobal(ctx.globalIndex(v), type, at));
        } else if (v.owner() == fi) {
            emit(new Instr.AddressOf(slot(v), type, at));
        } else {
            emit(new Instr.AddressOfCaptured(captureIndex(v), type, at));
        }
    }

    private int captureIndex(Var v) {
        for (int i = 0; i < captures.size(); i++) {
            if (captures.get(i) == v) {
                return i;
            }
        }
        captures.add(v);
        return captures.size() - 1;
    }

    /** Lowers a nested literal and emits the MakeClosure that creates it here. */
    void closure(FuncInfo child, Span at) {
        int childId = ctx.reserve();
        closures++;
        String childName = parent < 0 ? name + ".func" + closures : name + "." + closures;
        FunctionLowerer inner = new FunctionLowerer(ctx, child, childName, childId, id);
        ctx.define(inner.lowerBody());
        List<Capture> caps = new ArrayList<>();
        for (Var v : inner.captures) {
            caps.add(v.owner() == fi ? new Capture.FromLocal(slot(v)) : new Capture.FromCaptured(captureIndex(v)));
        }
        emit(new Instr.MakeClosure(childId, caps, at));
    }

    /** Lowers a range-over-func loop's body as a closure (named as gc names it) and emits its MakeClosure. */
    void rangeBodyClosure(FuncInfo child, RangeBody rb, defercheck.syntax.ast.RangeStmt s) {
        int childId = ctx.reserve();
        FunctionLowerer inner = new FunctionLowerer(ctx, child, name + "-range" + ++rangeBodies, childId, id);
        inner.rangeBody = rb;
        child.params().forEach(inner::addSlot);
        child.results().forEach(inner::addSlot);
        inner.branches.scan(s.body());
        inner.rangeFuncs.body(s);
        ctx.define(inner.function());
        List<Capture> caps = new ArrayList<>();
        for (Var v : inner.captures) {
            caps.add(v.owner() == fi ? new Capture.FromLocal(slot(v)) : new Capture.FromCaptured(captureIndex(v)));
        }
        emit(new Instr.MakeClosure(childId, caps, s.span()));
    }

    int emit(Instr i) {
        code.add(i);
        return code.size() - 1;
    }

    /** Points the placeholder jump at {@code at} to {@code target}. */
    void patch(int at, int target) {
        Instr i = code.get(at);
        code.set(at, i instanceof Instr.Jump ? new Instr.Jump(target, i.span())
                : i instanceof Instr.Goto ? new Instr.Goto(target, i.span()) : new Instr.JumpIfFalse(target, i.span()));
    }

    int here() {
        return code.size();
    }

    void expr(Expr e) {
        exprs.expr(e);
    }
}
