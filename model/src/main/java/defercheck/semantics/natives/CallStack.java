package defercheck.semantics.natives;

import defercheck.ir.BasicKind;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.plan.DeferPlanner;
import defercheck.plan.FunctionPlan;
import defercheck.semantics.Frame;
import defercheck.semantics.Goroutine;
import defercheck.semantics.Host;
import defercheck.semantics.Invocation;
import defercheck.semantics.PanicRecord;
import defercheck.semantics.RuntimeErrors;
import defercheck.semantics.Value;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The running goroutine's stack as gc's runtime.Callers walks it, innermost first, read from the machine's frames:
 * each Go frame with the line of the instruction it is at, the runtime frames gc has between them (gopanic under a
 * deferred call run by a panic, panicmem and sigpanic under a nil dereference, Goexit, runtime.main and goexit at
 * the bottom) and none of the method wrappers, which gc's tracebacks elide. A shape the model cannot give exactly
 * is refused (UnsupportedOperationException).
 */
final class CallStack {
    private final Host host;
    private final GoVersion version;
    private final List<Frame> frames;
    private final List<PanicRecord> panics;
    private final List<LogicalFrame> out = new ArrayList<>();
    /** How many frames of {@link #out} are certain to stand where they are; -1 while all are. */
    private int certainCount = -1;
    /** How many of the live panics the walk has met running a deferred call. */
    private int panicsSeen;

    private CallStack(Host host) {
        this.host = host;
        this.version = host.version();
        Goroutine g = host.running();
        this.frames = g.frames();
        this.panics = g.panics();
    }

    /** The walk from the caller of the running native (the frame that called runtime.Caller or Callers). */
    static CallStack walk(Host host) {
        String text = host.program().source().text();
        if (text.contains("//line ") || text.contains("/*line ")) {
            // gc reports the positions that //line and /*line*/ directives set; the model's spans ignore them
            throw new UnsupportedOperationException("runtime.Caller or Callers in a file with line directives");
        }
        if (host.program().functions().stream().anyMatch(f -> f != null && f.name().contains("-range"))) {
            // gc's frames for range-over-func bodies and their iterators' yield calls are not tabled
            throw new UnsupportedOperationException("runtime.Caller or Callers in a program with range over func");
        }
        CallStack s = new CallStack(host);
        s.build();
        return s;
    }

    List<LogicalFrame> frames() {
        return out;
    }

    /**
     * How many leading frames stand exactly where gc has them: past a frame of a generic instance gc may have
     * frames the model lacks (the closures it synthesizes to pass dictionaries), at most one per frame.
     */
    int certain() {
        return certainCount < 0 ? out.size() : certainCount;
    }

    private void build() {
        for (int k = frames.size() - 2; k >= 0; k--) {
            Frame f = frames.get(k);
            Function fn = f.function();
            if (f.wrappedBuiltin() != null || fn.id() < 0 || fn.isLibrary()) {
                throw new UnsupportedOperationException("runtime.Caller or Callers through library code ("
                        + f.name() + "), whose frames the model does not have");
            }
            if (fn.dead() != null) {
                if (certainCount < 0 && fn.name().contains("[...]")) {
                    certainCount = out.size() + 1;
                }
                out.add(new LogicalFrame(fn.name(), builtPath(fn.span().file()), line(f), nameDoubt(fn)));
            }
            if (!below(f, k)) {
                if (panicsSeen != panics.size()) {
                    throw new UnsupportedOperationException("runtime.Caller or Callers while a panic runs no "
                            + "deferred call on this stack");
                }
                return;
            }
        }
        throw new IllegalStateException("a goroutine's stack without its entry");
    }

    /** Adds what gc has between frame {@code k} and the frame under it; false at the bottom. */
    private boolean below(Frame f, int k) {
        Invocation how = f.invocation();
        if (how instanceof Invocation.Call) {
            return true;
        } else if (how instanceof Invocation.Entry e) {
            if (!e.isMain()) {
                throw new UnsupportedOperationException("runtime.Caller or Callers during package initialization");
            }
            out.add(RuntimeLines.main(version));
            out.add(RuntimeLines.goexitBottom(version));
            return false;
        } else if (how instanceof Invocation.GoEntry) {
            out.add(RuntimeLines.goexitBottom(version));
            return false;
        }
        deferredCall(deferrer(how), k);
        return true;
    }

    private static Frame deferrer(Invocation how) {
        if (how instanceof Invocation.AtExit a) {
            return a.deferrer();
        } else if (how instanceof Invocation.ByPanic b) {
            return b.deferrer();
        }
        return ((Invocation.Deferred) how).deferrer();
    }

    /**
     * A deferred call at depth k, run by a return of the frame under it or by the panic or Goexit raised there.
     * The deferred calls run by panics, innermost first, go with the goroutine's live panics, newest first (each
     * runs one deferred call at a time; an aborted one still has its call on the stack). A frame that a recovery
     * resumed is refused: gc reports it at lines the model does not know (the defer statement's, or an inlined
     * callee's).
     */
    private void deferredCall(Frame deferrer, int k) {
        Frame under = frames.get(k - 1);
        if (under.resumedByRecovery()) {
            throw new UnsupportedOperationException("runtime.Caller or Callers in a deferred call run after a "
                    + "recovery");
        }
        if (under == deferrer && current(under) instanceof Instr.Return) {
            return;
        }
        if (panicsSeen >= panics.size()) {
            throw new UnsupportedOperationException("runtime.Caller or Callers in a deferred call whose runner the "
                    + "model cannot tell");
        }
        PanicRecord p = panics.get(panics.size() - 1 - panicsSeen++);
        boolean open = openCoded(deferrer.function());
        if (p.goexit()) {
            out.add(RuntimeLines.goexit(version, open));
            return;
        }
        out.add(RuntimeLines.gopanic(version, open));
        if (p.value() instanceof Value.RuntimeErrorValue e) {
            runtimeError(e, under);
        }
    }

    /** The runtime's frames between gopanic and the faulting frame, for the faults whose path gc is known. */
    private void runtimeError(Value.RuntimeErrorValue e, Frame faulting) {
        String m = e.message();
        Instr at = current(faulting);
        if (m.equals("runtime error: " + RuntimeErrors.NIL_DEREFERENCE) && !(at instanceof Instr.Call)
                && !(at instanceof Instr.Defer) && !(at instanceof Instr.Go)) {
            out.add(RuntimeLines.panicmem(version));
            out.add(RuntimeLines.sigpanic(version));
        } else if (m.equals("runtime error: integer divide by zero")) {
            out.add(RuntimeLines.panicdivide(version));
        } else if (m.startsWith("runtime error: index out of range [") && indexType(faulting) != null) {
            BasicKind k = indexType(faulting);
            boolean wide = k == BasicKind.UINT || k == BasicKind.UINT64 || k == BasicKind.UINTPTR;
            out.add(wide ? RuntimeLines.goPanicIndexU(version) : RuntimeLines.goPanicIndex(version));
        } else {
            throw new UnsupportedOperationException("runtime.Callers under the panic \"" + m
                    + "\" (the runtime's frames for it are not modelled)");
        }
    }

    /**
     * The basic kind of the index of the faulting index instruction, when the instruction before it loads a constant,
     * a local or a global (else null: the model does not keep operand types). gc calls goPanicIndexU for an index
     * of type uint, uint64 or uintptr and goPanicIndex for the rest, smaller unsigned ones widened to int.
     */
    private BasicKind indexType(Frame f) {
        List<Instr> code = f.function().code();
        int at = f.pc() - 2;
        if (at < 0 || !(code.get(at + 1) instanceof Instr.Index || code.get(at + 1) instanceof Instr.IndexAddr)) {
            return null;
        }
        Instr operand = code.get(at);
        Type t = null;
        if (operand instanceof Instr.PushConst c) {
            t = c.value().type();
        } else if (operand instanceof Instr.LoadLocal l) {
            t = f.function().slots().get(l.slot()).type();
        } else if (operand instanceof Instr.LoadGlobal g) {
            t = host.program().globals().get(g.global()).type();
        }
        return t == null ? null : t.basicKind();
    }

    private static Instr current(Frame f) {
        List<Instr> code = f.function().code();
        return code.isEmpty() ? null : code.get(Math.max(0, Math.min(f.pc() - 1, code.size() - 1)));
    }

    private int line(Frame f) {
        Instr in = current(f);
        return in == null ? f.function().span().line() : CallLines.line(host.program().source(), in);
    }

    private boolean openCoded(Function fn) {
        if (version.atLeast(22)) {
            return true;
        }
        for (FunctionPlan p : DeferPlanner.plan(host.program(), version)) {
            if (p.function() == fn.id()) {
                return p.openCoded();
            }
        }
        return false;
    }

    /**
     * Why gc's name for a closure may differ from the model's: a closure made in a copy of an enclosing function
     * that gc inlined is named after the function it was inlined into ({@code main.main.f.func1},
     * {@code main.f.f.func1.func2} from 1.21 for a closure in an immediately called one). A function with a defer
     * or go statement anywhere in it is never inlined (cmd/compile's inliner: "unhandled op DEFER"), nor is
     * main.main; the model vouches for a closure's name only when every enclosing function is one of those.
     */
    private String nameDoubt(Function fn) {
        if (!fn.isClosure()) {
            return null;
        }
        Program program = host.program();
        for (Function up = program.function(fn.parent()); ; up = program.function(up.parent())) {
            if (up.name().contains("[...]") || up.name().startsWith("main.init")) {
                return "the name of closure " + fn.name() + " (gc names closures of generic functions and "
                        + "package initializers differently)";
            }
            if (!up.name().equals("main.main") && !neverInlined(program, up)) {
                return "the name of closure " + fn.name() + " (gc renames it where it inlines " + up.name() + ")";
            }
            if (!up.isClosure()) {
                return null;
            }
        }
    }

    /** Whether {@code outer} or a closure inside it has a defer or go statement. */
    private static boolean neverInlined(Program program, Function outer) {
        for (Function g : program.functions()) {
            Function t = g;
            while (t != outer && t.isClosure()) {
                t = program.function(t.parent());
            }
            if (t == outer && (!g.deferSites().isEmpty() || g.code().stream().anyMatch(i -> i instanceof Instr.Go))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file as gc records it: the absolute path of the source it compiled ({@code go run c.go} reports
     * {@code /dir/c.go}), so a name given relative to the working directory is resolved against it.
     */
    private static String builtPath(String file) {
        java.nio.file.Path p = java.nio.file.Paths.get(file);
        return p.isAbsolute() ? file : p.toAbsolutePath().normalize().toString();
    }
}
