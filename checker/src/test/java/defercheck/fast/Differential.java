package defercheck.fast;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.MachineSuite;
import defercheck.runtime.Comparison;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a program on the fast machines and on the reference machines and compares, machine by machine, the
 * fast observables with the reference run spelled in the same encoding. It also keeps the reference engine's
 * own verdict: every reference machine must agree with the abstract semantics, as the explorer's reference
 * engine requires. Keeps counts that show the comparisons are not vacuous (how runs ended, recoveries, deferred
 * calls).
 */
final class Differential {
    final GoVersion version;
    final FastSuite fast;
    final MachineSuite reference;
    final List<String> mismatches = new ArrayList<>();
    final long[] endings = new long[defercheck.semantics.Outcome.Kind.values().length];
    long programs;
    long recoveries;
    long deferredCalls;
    long fastDisagreements;
    /** Programs on which some reference machine's observables differ from the abstract semantics'. */
    long referenceDivergences;
    final List<String> divergent = new ArrayList<>();

    Differential(GoVersion version) {
        this.version = version;
        this.fast = new FastSuite(version);
        this.reference = new MachineSuite(version, null);
    }

    void check(CoreProgram p) {
        programs++;
        boolean agrees = fast.agrees(p);
        Comparison cmp = reference.compare(CoreLowering.lower(p, version, ""));
        if (agrees != cmp.agrees()) {
            fastDisagreements++;
        }
        if (!cmp.agrees()) {
            referenceDivergences++;
            if (divergent.size() < 3) {
                divergent.add("Go " + version + ":\n" + GoPrinter.print(p) + cmp.report());
            }
        }
        if (cmp.runs().size() != fast.names().size()) {
            mismatches.add("machine count differs: " + fast.names() + " vs " + cmp.runs().size());
            return;
        }
        for (int i = 0; i < cmp.runs().size(); i++) {
            int[] want = ReferenceEncoding.encode(cmp.runs().get(i), fast);
            int[] got = fast.observed(i);
            if (!cmp.runs().get(i).machine().equals(fast.names().get(i))) {
                mismatches.add("machine " + i + " is " + fast.names().get(i) + ", reference " + cmp.runs().get(i).machine());
            }
            if (!Arrays.equals(want, got) && mismatches.size() < 5) {
                mismatches.add("Go " + version + ", machine " + fast.names().get(i) + ":\n" + GoPrinter.print(p)
                        + "reference: " + Observed.describe(want, fast.code()) + "\nfast:      "
                        + Observed.describe(got, fast.code()));
            }
        }
        tally(fast.observed(0));
    }

    private void tally(int[] xs) {
        int i = 0;
        while (i < xs.length) {
            int tag = xs[i];
            if (tag == Observed.FINISHED) {
                endings[xs[i + 1]]++;
            } else if (tag == Observed.RECOVERED && xs[i + 1] != 0) {
                recoveries++;
            } else if (tag == Observed.DEFERRED) {
                deferredCalls++;
            }
            i += Observed.arity(tag) + 1;
        }
    }
}
