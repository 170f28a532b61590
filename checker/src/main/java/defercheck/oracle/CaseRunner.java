package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Runs cases of a built batch, or one program alone, and observes them through the adapter's crash rules. */
final class CaseRunner {
    private final Implementation impl;
    private final Processes processes;
    private final Path work;
    private final AtomicLong aloneRuns = new AtomicLong();

    CaseRunner(Implementation impl, Processes processes, Path work) {
        this.impl = impl;
        this.processes = processes;
        this.work = work;
    }

    /** What the implementation showed: stderr normalized by its crash rules, how the process ended said after. */
    CaseResult.Observed observe(int exit, String stdout, String stderr, Processes.End end, String plan) {
        String note = switch (end) {
            case EXITED -> "";
            case TIMED_OUT -> "[defercheck oracle: killed after " + processes.timeoutSeconds() + " s]\n";
            case BLOCKED -> "[defercheck oracle: blocked: every thread asleep without CPU time, killed]\n";
        };
        return new CaseResult.Observed(end == Processes.End.EXITED ? exit : -1, stdout,
                CrashRule.normalize(impl.crashRules(), stderr) + note, stderr + note, plan);
    }

    /** Case {@code k} of the batch as its own process. */
    CaseResult.Observed one(Implementation.Built b, int k) throws IOException, InterruptedException {
        Processes.Proc p = processes.run(impl.command(b, Integer.toString(k), "-"), b.dir(), impl.environment(),
                Thread.currentThread().getName(), false);
        return observe(p.exit(), p.stdout(), p.stderr(), p.end(), b.plans().get(k));
    }

    /**
     * Cases {@code [from, to)} in as few processes as they allow: a process runs them in turn until one ends
     * it; the next process starts after that case. See {@link Batch#dispatcher}.
     */
    void sequence(Implementation.Built b, int from, int to, CaseResult.Observed[] real)
            throws IOException, InterruptedException {
        int k = from;
        while (k < to) {
            Processes.Proc p = processes.run(impl.command(b, Integer.toString(k), Integer.toString(to)), b.dir(),
                    impl.environment(), Thread.currentThread().getName(), false);
            Map<Integer, String[]> outs = Frames.split(p.stdout());
            Map<Integer, String[]> errs = Frames.split(p.stderr());
            int last = -1;
            for (Map.Entry<Integer, String[]> e : outs.entrySet()) {
                int c = e.getKey();
                String[] o = e.getValue();
                String[] er = errs.getOrDefault(c, new String[] {"", null});
                boolean returned = o[1] != null && er[1] != null;
                real[c] = returned ? observe(0, o[0], er[0], Processes.End.EXITED, b.plans().get(c))
                        : observe(p.exit(), o[0], er[0], p.end(), b.plans().get(c));
                last = Math.max(last, c);
            }
            if (last < k) {
                // The process ended before case k began (a batch file the implementation refused, a process
                // killed while it was still starting): case k runs alone, and what it does is its observation.
                real[k] = one(b, k);
                last = k;
            }
            k = last + 1;
        }
    }

    /** {@code p} built (where it needs building) and run on its own, as a user would. */
    CaseResult.Observed alone(CoreProgram p, String source) throws IOException, InterruptedException {
        Path dir = work.resolve("alone-" + aloneRuns.incrementAndGet());
        try {
            List<String> cmd = impl.buildAlone(source, dir);
            Processes.Proc r = processes.run(cmd, dir, impl.environment(), "run", false);
            return observe(r.exit(), r.stdout(), r.stderr(), r.end(), "");
        } finally {
            Oracle.deleteTree(dir);
        }
    }

    /** {@code source} run on its own with stderr sent to stdout: both streams' writes in their order. */
    Processes.Proc aloneMerged(String source) throws IOException, InterruptedException {
        Path dir = work.resolve("merged-" + aloneRuns.incrementAndGet());
        try {
            return processes.run(impl.buildAlone(source, dir), dir, impl.environment(), "run", true);
        } finally {
            Oracle.deleteTree(dir);
        }
    }
}
