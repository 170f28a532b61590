package defercheck.semantics;

import defercheck.ir.Capture;
import defercheck.ir.Instr;
import defercheck.semantics.Value.FuncValue;
import java.util.List;

/** Executes one IR instruction of the running frame. Calls push frames; panics hand over to the machinery. */
public final class Interpreter {
    private final Host machine;
    private final Operators operators;
    private final Builtins builtins;
    private final Memory memory;
    private final Containers containers;
    private final MethodCalls methods;
    private final ChannelOps channels;
    private Frame lastFrame;
    private int lastLine;

    public Interpreter(Host machine) {
        this.machine = machine;
        this.operators = new Operators(machine);
        this.memory = new Memory(machine);
        this.containers = new Containers(machine);
        this.channels = new ChannelOps(machine);
        this.builtins = new Builtins(machine, containers, channels);
        this.methods = new MethodCalls(machine);
    }

    public void execute(Frame f) {
        Instr in = f.function().code().get(f.pc());
        noteLine(f, in);
        if (machine.recordsFootprints() && !Footprint.isPrivate(in)) {
            machine.touch(Footprint.MEMORY);
            if (in instanceof Instr.Native) {
                machine.touch(Footprint.GOROUTINES);
            }
        }
        f.advance();
        if (!executeData(f, in) && !executeControl(f, in) && !memory.execute(f, in) && !containers.execute(f, in)
                && !methods.execute(f, in) && !executeGoroutines(f, in)) {
            throw new AssertionError("unknown instruction " + in);
        }
    }

    private void noteLine(Frame f, Instr in) {
        if (!machine.tracing()) {
            return;
        }
        int line = in.span().line();
        if (line == 0) {
            // a native or wrapper step has no source line to show
            return;
        }
        if (f != lastFrame || line != lastLine) {
            lastFrame = f;
            lastLine = line;
            machine.emit(new Event.LineReached(in.span(), f.name()));
        }
    }

    /** Loads, stores, constants and operators. */
    private boolean executeData(Frame f, Instr in) {
        if (in instanceof Instr.PushConst c) {
            f.push(Zero.constant(c.value()));
        } else if (in instanceof Instr.LoadLocal l) {
            f.push(Values.copy(f.local(l.slot())));
        } else if (in instanceof Instr.StoreLocal s) {
            f.setLocal(s.slot(), f.pop());
        } else if (in instanceof Instr.LoadBoxed l) {
            f.push(Values.copy(f.box(l.slot()).get()));
        } else if (in instanceof Instr.StoreBoxed s) {
            f.box(s.slot()).store(f.pop());
        } else if (in instanceof Instr.DeclareBoxed d) {
            f.setBox(d.slot(), new Box(Zero.of(d.type())));
        } else if (in instanceof Instr.RenewBoxed r) {
            f.setBox(r.slot(), new Box(Values.copy(f.box(r.slot()).get())));
        } else if (in instanceof Instr.LoadCaptured l) {
            f.push(Values.copy(f.captures()[l.index()].get()));
        } else if (in instanceof Instr.StoreCaptured s) {
            f.captures()[s.index()].store(f.pop());
        } else if (in instanceof Instr.LoadGlobal g) {
            f.push(Values.copy(machine.globals()[g.global()]));
        } else if (in instanceof Instr.StoreGlobal g) {
            machine.globals()[g.global()] = Values.assignInto(machine.globals()[g.global()], f.pop());
        } else if (in instanceof Instr.Convert c) {
            f.push(ValueConversion.convert(f.pop(), c.target()));
        } else if (in instanceof Instr.Pop) {
            f.pop();
        } else if (in instanceof Instr.Binary b) {
            operators.binary(f, b);
        } else if (in instanceof Instr.Unary u) {
            operators.unary(f, u);
        } else if (in instanceof Instr.TypeAssert t) {
            operators.typeAssert(f, t);
        } else if (in instanceof Instr.MakeClosure m) {
            f.push(makeClosure(f, m));
        } else if (in instanceof Instr.AddressOf a) {
            f.push(new Value.PointerValue(a.type(), f.box(a.slot())));
        } else if (in instanceof Instr.AddressOfCaptured a) {
            f.push(new Value.PointerValue(a.type(), f.captures()[a.index()]));
        } else if (in instanceof Instr.PrintAddress a) {
            f.push(new Value.StringValue(ValueFormat.address(f.pop(), a.staticType())));
        } else {
            return false;
        }
        return true;
    }

    /** Jumps, calls, defer and return. */
    private boolean executeControl(Frame f, Instr in) {
        if (in instanceof Instr.Jump j) {
            f.jump(j.target());
        } else if (in instanceof Instr.Goto g) {
            f.jump(g.target());
        } else if (in instanceof Instr.JumpIfFalse j) {
            if (!((Value.BoolValue) f.pop()).value()) {
                f.jump(j.target());
            }
        } else if (in instanceof Instr.Call c) {
            call(f, c);
        } else if (in instanceof Instr.CallBuiltin b) {
            builtins.call(f, b);
        } else if (in instanceof Instr.CallBuiltinSpread b) {
            List<Value> all = new java.util.ArrayList<>();
            Value slice = f.pop();
            all.addAll(f.popN(b.fixed()));
            all.addAll(Containers.elements(slice));
            all.forEach(f::push);
            builtins.call(f, new Instr.CallBuiltin(b.builtin(), all.size(), b.resultCount(), b.span()));
        } else if (in instanceof Instr.Defer d) {
            List<Value> args = f.popN(d.argc());
            Value callee = f.pop();
            if (callee instanceof FuncValue fv && fv.receiver() != null) {
                args = withReceiver(fv, args);
                callee = unbound(fv);
            }
            pushDefer(f, d.site(), callee, null, args, d.span());
        } else if (in instanceof Instr.DeferBuiltin d) {
            List<Value> args = f.popN(d.argc());
            pushDefer(f, d.site(), null, d.builtin(), args, d.span());
        } else if (in instanceof Instr.DeferRangeFunc d) {
            f.push(machine.deferRangeFunc(f, d.span()));
        } else if (in instanceof Instr.DeferTo d) {
            f.deferTo(f.pop());
        } else if (in instanceof Instr.PanicRangeState p) {
            RuntimeErrors.raise(machine, f, rangeStateError(((Value.IntValue) f.pop()).value()), p.span());
        } else if (in instanceof Instr.Native n) {
            Natives.step(machine, f, n);
        } else if (in instanceof Instr.Return) {
            machine.returnFrom(f, in.span());
        } else {
            return false;
        }
        return true;
    }

    /**
     * The go statement and channel operations. A channel operation that has to wait leaves its operands on the
     * stack and its instruction to be taken again when the goroutine is woken.
     */
    private boolean executeGoroutines(Frame f, Instr in) {
        if (in instanceof Instr.Go g) {
            List<Value> args = f.popN(g.argc());
            Value callee = f.pop();
            if (!(callee instanceof FuncValue fv)) {
                // runtime.newproc1 throws before any goroutine exists: a fatal error, not a panic
                machine.finish(Outcome.Kind.FATAL_ERROR, 2, g.span(), "fatal error: go of nil func value\n\ngoroutine "
                        + machine.running().id() + " [running]:\n" + machine.stackDump());
            } else if (fv.receiver() != null) {
                machine.startGoroutine(unbound(fv), withReceiver(fv, args), g.span());
            } else {
                machine.startGoroutine(fv, args, g.span());
            }
        } else if (in instanceof Instr.MakeChan m) {
            channels.make(f, m.type(), m.hasSize() ? f.pop() : null, m.span());
        } else if (in instanceof Instr.Send s) {
            List<Value> ops = f.popN(2);
            if (!channels.send(f, ops.get(0), ops.get(1), s.span())) {
                retry(f, ops);
            }
        } else if (in instanceof Instr.Select s) {
            List<Value> ops = f.popN(s.operands());
            if (!channels.select(f, ops, s)) {
                retry(f, ops);
            }
        } else if (in instanceof Instr.Recv r) {
            Value ch = f.pop();
            if (!channels.receive(f, ch, r.elem(), r.commaOk())) {
                retry(f, List.of(ch));
            }
        } else {
            return false;
        }
        return true;
    }

    /** The goroutine parked: its operands go back and the instruction is taken again when it is woken. */
    private static void retry(Frame f, List<Value> operands) {
        operands.forEach(f::push);
        f.jump(f.pc() - 1);
    }

    /** An ordinary defer goes onto its own frame; one in a range-over-func body onto the frame of its token. */
    private void pushDefer(Frame f, int site, Value callee, defercheck.ir.Builtin builtin, List<Value> args,
                           defercheck.source.Span span) {
        defercheck.ir.DeferSite s = f.function().deferSites().get(site);
        Value token = f.takeDeferTarget();
        if (token == null) {
            machine.deferCall(f, new DeferredCall(s, f.nextInstance(site), callee, builtin, args));
            return;
        }
        Frame target = machine.deferTarget(token, span);
        if (target != null) {
            machine.deferCallAt(target, new DeferredCall(s, target.nextInstanceAt(s), callee, builtin, args));
        }
    }

    /** runtime.panicrangestate's texts (runtime/panic.go), by the rangefunc rewrite's abi.RF_* state. */
    private static String rangeStateError(long state) {
        return switch ((int) state) {
            case 0 -> "range function continued iteration after function for loop body returned false";
            case 2 -> "range function continued iteration after loop body panic";
            case 3 -> "range function continued iteration after whole loop exit";
            case 4 -> "range function recovered a loop body panic and did not resume panicking";
            default -> throw new AssertionError("range state " + state);
        };
    }

    private void call(Frame f, Instr.Call c) {
        List<Value> args = f.popN(c.argc());
        Value callee = f.pop();
        if (callee instanceof FuncValue fv) {
            if (fv.receiver() != null) {
                machine.call(f, unbound(fv), withReceiver(fv, args), c.span());
            } else {
                machine.call(f, fv, args, c.span());
            }
        } else {
            RuntimeErrors.nilDereference(machine, f, c.span());
        }
    }

    /** A method value's call: the bound receiver (copied, for a value receiver it was copied when bound) first. */
    private static List<Value> withReceiver(FuncValue fv, List<Value> args) {
        List<Value> all = new java.util.ArrayList<>(args.size() + 1);
        all.add(Values.copy(fv.receiver()));
        all.addAll(args);
        return all;
    }

    private static FuncValue unbound(FuncValue fv) {
        return new FuncValue(fv.function(), fv.captures());
    }

    private FuncValue makeClosure(Frame f, Instr.MakeClosure m) {
        defercheck.ir.Program program = machine.program();
        List<Capture> caps = m.captures();
        Box[] boxes = new Box[caps.size()];
        for (int i = 0; i < boxes.length; i++) {
            Capture c = caps.get(i);
            if (c instanceof Capture.FromLocal l) {
                boxes[i] = f.box(l.slot());
            } else if (c instanceof Capture.FromCaptured k) {
                boxes[i] = f.captures()[k.index()];
            } else {
                throw new AssertionError(c);
            }
        }
        return new FuncValue(program.function(m.function()), boxes);
    }
}
