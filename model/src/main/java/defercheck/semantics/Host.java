package defercheck.semantics;

import defercheck.ir.Program;
import defercheck.semantics.Value.FuncValue;
import defercheck.source.GoVersion;
import defercheck.source.Span;
import java.util.List;

/**
 * What the {@link Interpreter} needs from the machine it runs on. Plain instructions (loads, operators,
 * calls, output) are the same everywhere; {@code defer}, {@code return}, panics, Goexit and recover are
 * where the abstract semantics and the runtime strategies (heap, stack, open-coded, panic loop) differ.
 */
public interface Host {

    Program program();

    GoVersion version();

    Value[] globals();

    void emit(Event e);

    /**
     * Whether anyone watches the non-observable events (lines reached, calls, pushes, runtime actions).
     * The explorer runs without a listener; then those events, and the strings they carry, are never built.
     */
    default boolean tracing() {
        return true;
    }

    void write(boolean toStderr, String text, Span span);

    void finish(Outcome.Kind kind, int exitCode, Span span, String stderrText);

    /** An ordinary call: push a frame for {@code fn}; its results go to {@code caller}'s operand stack. */
    void call(Frame caller, FuncValue fn, List<Value> args, Span span);

    /** The {@code defer} statement, with callee and arguments already evaluated. */
    void deferCall(Frame f, DeferredCall call);

    /**
     * runtime.deferrangefunc: the token that names frame {@code f} to the defers of its range-over-func loop
     * bodies, which run in closures and yet defer onto {@code f}.
     */
    Value deferRangeFunc(Frame f, Span span);

    /**
     * The frame a range-over-func body's defer goes onto (runtime.deferprocat's frame argument), or null when the
     * model refused the program because the token names no frame of the running goroutine.
     */
    Frame deferTarget(Value token, Span span);

    /** runtime.deferprocat: a range-over-func body's defer, onto the enclosing function's frame {@code target}. */
    void deferCallAt(Frame target, DeferredCall call);

    /** The {@code return} statement, with the result slots already assigned. */
    void returnFrom(Frame f, Span span);

    /** Starts a panic with {@code v} (after panic(nil) has become a PanicNilError where the version says so). */
    void raisePanic(Frame f, Value v, Span span);

    /** Records that a fault came from a signal (SIGSEGV); the crash text then carries a [signal] line. */
    void markSignalled();

    void goexit(Frame f, Span span);

    Value recover(Frame f, Span span);

    /** The model's goroutine dump for crash texts. */
    String stackDump();

    /** The goroutine running the instruction. */
    Goroutine running();

    /** The goroutines that exist (started and not yet ended), main's first: runtime.NumGoroutine counts them. */
    java.util.List<Goroutine> goroutines();

    /** The {@code go} statement, with the function value and arguments already evaluated. */
    void startGoroutine(FuncValue fn, List<Value> args, Span span);

    /** A synchronisation point (a channel operation, select); {@code yield} for runtime.Gosched. */
    void syncPoint(boolean yield);

    /** gopark: the running goroutine waits in {@code op} for {@code reason} until {@link #ready} wakes it. */
    void park(String reason, Object op);

    /** goready: a parked goroutine can run again and collect its operation. */
    void ready(Goroutine g);

    /** The operation the running goroutine was parked in, now collected; null if it was not parked. */
    Object collectParked();

    /** The semaphore table of the sync package's natives. */
    Semaphores semaphores();

    /**
     * time.Sleep on the virtual clock: parks the running goroutine for {@code nanos} and returns true, or returns
     * false at once for a duration of zero or less (as the runtime's timeSleep does).
     */
    boolean sleep(long nanos);

    /** The virtual clock of package time: its timers (time.NewTimer, After, AfterFunc, NewTicker, Tick). */
    VirtualClock clock();

    /**
     * A choice Go leaves open ({@link Chooser.Kind#SELECT}, {@link Chooser.Kind#MAP_ORDER}) among {@code n} (at least
     * 2) alternatives at {@code at}: the index the run's {@link Chooser} picks.
     */
    int choose(Chooser.Kind kind, int n, Span at);

    /** Whether the run's chooser wants {@link #touch} reports: only an exploration of schedules does. */
    boolean recordsFootprints();

    /** The running goroutine's step touched {@code resource} ({@link Footprint}). */
    void touch(String resource);
}
