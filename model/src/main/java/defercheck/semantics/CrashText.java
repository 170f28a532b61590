package defercheck.semantics;

import java.util.List;

/**
 * The texts the runtime prints when a goroutine dies, shared by the abstract semantics and every
 * strategy machine so that they cannot drift apart (runtime.fatalpanic, runtime.goexit1, stack growth).
 */
public final class CrashText {
    public static final String GOEXIT_DEADLOCK = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";

    private CrashText() {
    }

    /** Mirrors runtime.fatalpanic: printpanics, the signal line for faults, then the goroutine dump. */
    public static String panicCrash(List<PanicRecord> panicsOldestFirst, defercheck.source.GoVersion version,
                                    boolean signalled, Goroutine g) {
        List<Frame> frames = g.frames();
        StringBuilder sb = new StringBuilder();
        PanicMachinery.printPanics(sb, panicsOldestFirst, version);
        if (signalled) {
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        sb.append("\ngoroutine ").append(g.id()).append(" [running]:\n").append(StackDump.render(frames));
        return sb.toString();
    }

    /**
     * Mirrors runtime.checkdead's fatal error, then the dump of every goroutine with why it waits. The goids of
     * goroutines other than main's differ between real runs and toolchains (the runtime's own goroutines take
     * numbers too); the model numbers them 2, 3, ... in the order they started, and the comparison with real Go
     * stops before the dump (StderrNormalizer).
     */
    public static String deadlock(List<? extends GoroutineState<?>> waiting) {
        StringBuilder sb = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
        for (GoroutineState<?> g : waiting) {
            sb.append("\ngoroutine ").append(g.id()).append(" [").append(g.waitReason()).append("]:\n")
                    .append(StackDump.render(g.frames()));
        }
        return sb.toString();
    }

    /** Mirrors runtime.newstack's fatal error once the goroutine passes the 1 GB limit. */
    public static String stackOverflow(List<Frame> frames) {
        return "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                + "runtime: sp=0x0 stack=[0x0, 0x0]\n"
                + "fatal error: stack overflow\n\nruntime stack:\n" + StackDump.render(frames);
    }
}
