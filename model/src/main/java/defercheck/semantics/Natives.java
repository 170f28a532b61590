package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The native functions: library functions written in Java that run as frames of their own (Instr.Native), so
 * that they can call Go functions (fmt calling String and Error methods) and be deferred, called and unwound like
 * any function. A native function is not part of a program's function table (its id is -1: it has no defer
 * statements for a plan).
 */
public final class Natives {

    /**
     * The library packages whose natives the machines have, in the order of
     * {@code META-INF/services/defercheck.semantics.NativePackage} (one line per package). They are found through
     * {@link ServiceLoader} so that this package does not name {@code semantics.natives}, which uses it.
     */
    static final List<NativePackage> PACKAGES = ServiceLoader.load(NativePackage.class, Natives.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private static final NativeTable TABLE = table();

    private static NativeTable table() {
        NativeTable t = new NativeTable();
        t.step("runtime.Error.Error", a -> a.done(((Value.RuntimeErrorValue) a.arg(0)).message()));
        t.step("runtime.Error.RuntimeError", a -> a.done());
        for (NativePackage p : PACKAGES) {
            t.registering(p.path());
            p.register(t);
        }
        return t;
    }

    /** Every registered native, for the test that matches them with the declaration files. */
    public static NativeTable registered() {
        return TABLE;
    }

    /** The registered packages' import paths, in registration order. */
    public static List<String> packagePaths() {
        return PACKAGES.stream().map(NativePackage::path).toList();
    }

    /** The initial value of library variable {@code g} (a global with a native initializer). */
    static Value initialGlobal(defercheck.ir.Global g, defercheck.ir.Program program,
            defercheck.source.GoVersion version) {
        NativeTable.Initial init = TABLE.global(g.nativeInit());
        if (init == null) {
            throw new AssertionError("no native value for " + g.nativeInit());
        }
        return init.value(program, version);
    }

    private static final Map<String, Function> FUNCTIONS = new ConcurrentHashMap<>();

    private Natives() {
    }

    /** The function of native {@code name} with signature {@code type} (cached). */
    public static Function function(String name, Type.Func type) {
        return FUNCTIONS.computeIfAbsent(name + " " + type, k -> build(name, type));
    }

    private static Function build(String name, Type.Func type) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < type.params().size(); i++) {
            slots.add(new Slot("a" + i, type.params().get(i), false, Span.NONE));
        }
        for (int i = 0; i < type.results().size(); i++) {
            slots.add(new Slot("~r" + i, type.results().get(i), false, Span.NONE));
        }
        List<Instr> code = List.of(new Instr.Native(name, Span.NONE), new Instr.Return(Span.NONE));
        return new Function(-1, name, Span.NONE, type, type.params().size(), type.results().size(), false, slots, 0,
                code, List.of(), 0, -1);
    }

    static NativeCall start(Function fn, List<Value> args, Host host) {
        NativeTable.Native n = TABLE.function(fn.name());
        if (n != null) {
            return n.start(new NativeArgs(fn, args, host));
        }
        Builtin fmt = FMT_BUILTINS.get(fn.name());
        if (fmt == null) {
            throw new AssertionError("no native " + fn.name());
        }
        return new FmtCall(fmt, args, fn.results(), host);
    }

    /** The fmt builtins by Go name ({@code fmt.Sprintf}), looked up on every call of one. */
    private static final java.util.Map<String, Builtin> FMT_BUILTINS = java.util.Arrays.stream(Builtin.values())
            .filter(b -> b.name().startsWith("FMT_"))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Builtin::goName, b -> b));

    /** The native function that runs library builtin {@code b} with {@code argc} arguments and {@code results}. */
    static Function forBuiltin(Builtin b, int argc, List<Type> results) {
        return function(b.goName(), new Type.Func(java.util.Collections.nCopies(argc, Type.ANY), results, false));
    }

    /**
     * A native frame's state: the call, how many results its pending Go call returns, and the position of the call
     * (or defer statement) that started the frame, where a refusal is reported.
     */
    public static final class State {
        final NativeCall call;
        final Span site;
        int pending;

        State(NativeCall call) {
            this(call, Span.NONE);
        }

        private State(NativeCall call, Span site) {
            this.call = call;
            this.site = site;
        }
    }

    /** Where a native frame was called from, kept until its first step. */
    private record Site(Span span) { }

    /** Records the call site of a new frame when it runs a native function (its only code is Instr.Native). */
    public static void placed(Frame f, Span site) {
        if (!f.function().code().isEmpty() && f.function().code().get(0) instanceof Instr.Native && site != null) {
            f.setNativeState(new Site(site));
        }
    }

    /** One step of the native frame {@code f}: start it, or resume it with the results of its Go call. */
    static void step(Host host, Frame f, Instr.Native n) {
        List<Value> results = List.of();
        if (!(f.nativeState() instanceof State)) {
            Span site = f.nativeState() instanceof Site s ? s.span() : n.span();
            List<Value> args = new ArrayList<>();
            for (int i = 0; i < f.function().params(); i++) {
                args.add(f.local(i));
            }
            try {
                f.setNativeState(new State(start(f.function(), args, host), site));
            } catch (UnsupportedOperationException e) {
                refuse(host, new NativeCall.Step.Refused(e.getMessage()), site);
                return;
            }
        } else {
            results = f.popN(((State) f.nativeState()).pending);
        }
        State st = (State) f.nativeState();
        NativeCall.Step step;
        try {
            step = st.call.step(results);
        } catch (UnsupportedOperationException e) {
            // the library refuses what it does not model for this release (strings.Builder on go1.20)
            step = new NativeCall.Step.Refused(e.getMessage());
        }
        perform(host, f, n, st, step);
    }

    /** What a step of the native asked for: return, call Go code, exit, refuse or panic. */
    private static void perform(Host host, Frame f, Instr.Native n, State st, NativeCall.Step step) {
        if (step instanceof NativeCall.Step.Done d) {
            if (!d.output().isEmpty()) {
                host.write(d.toStderr(), d.output(), n.span());
            }
            for (int i = 0; i < d.results().size(); i++) {
                f.setLocal(f.function().firstResultSlot() + i, d.results().get(i));
            }
        } else if (step instanceof NativeCall.Step.Call c) {
            st.pending = c.resultCount();
            callGo(host, f, c, n.span());
        } else if (step instanceof NativeCall.Step.Exit e) {
            host.finish(Outcome.Kind.OS_EXIT, e.code() & 0xff, st.site, "");
        } else if (step instanceof NativeCall.Step.Refused r) {
            refuse(host, r, st.site);
        } else if (step instanceof NativeCall.Step.Wait) {
            st.pending = 0;
            f.jump(f.pc() - 1);
        } else if (step instanceof NativeCall.Step.Fatal fatal) {
            host.finish(Outcome.Kind.FATAL_ERROR, 2, st.site, "fatal error: " + fatal.message() + "\n\ngoroutine "
                    + host.running().id() + " [running]:\n" + host.stackDump());
        } else {
            host.raisePanic(f, ((NativeCall.Step.Panic) step).value(), n.span());
        }
    }

    /** The Go call a native asked for; the native's instruction runs again when it returns. */
    private static void callGo(Host host, Frame f, NativeCall.Step.Call c, Span at) {
        f.jump(f.pc() - 1);
        Value.FuncValue fn = c.fn();
        List<Value> args = c.args();
        if (fn.receiver() != null) {
            List<Value> all = new ArrayList<>();
            all.add(fn.receiver());
            all.addAll(args);
            args = all;
            fn = new Value.FuncValue(fn.function(), fn.captures());
        }
        host.call(f, fn, args, at);
    }

    static void refuse(Host host, NativeCall.Step.Refused r, Span span) {
        if (span.equals(Span.NONE)) {
            span = userSite(host);
        }
        host.finish(Outcome.Kind.REFUSED, 65, span, span.position() + ": unsupported: " + r.reason() + "\n");
    }

    /**
     * Where the user's code stands: a native called by another native (a String method fmt calls) has no site
     * of its own, so a refusal there names the innermost frame with a position in the program.
     */
    private static Span userSite(Host host) {
        List<Frame> frames = host.running().frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            Span s = f.function().code().get(Math.max(f.pc() - 1, 0)).span();
            if (!s.equals(Span.NONE) && !s.file().equals(Span.NONE.file())) {
                return s;
            }
        }
        return Span.NONE;
    }
}
