package defercheck.explore;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.TokenCodec;
import defercheck.fast.FastSuite;
import defercheck.fast.ReferenceEncoding;
import defercheck.runtime.Comparison;
import defercheck.runtime.MachineRun;

/**
 * Which machines check each program. {@link #REFERENCE} runs the object machines of the model on the
 * program's IR. {@link #FAST} runs the int-array machines of {@code defercheck.fast} on the core program,
 * and only when they disagree runs the reference machines: if those disagree too it is a real counterexample
 * (traced by the reference machines, as before); if they agree the fast engine is wrong, and the run stops
 * with a {@link FastEngineBug}. Mutants live in the reference machines, so a suite with a mutant always
 * runs the reference engine.
 */
public enum Engine {
    FAST("fast"),
    REFERENCE("reference");

    private final String id;

    Engine(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Engine byId(String id) {
        for (Engine e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + id + "' (fast, reference)");
    }

    /** The engine that really runs {@code suite}: the reference one for a mutant. */
    public Engine effective(MachineSuite suite) {
        return suite.mutant() != null ? REFERENCE : this;
    }

    /** A fresh check for one worker thread. */
    public ProgramCheck check(MachineSuite suite) {
        if (effective(suite) == REFERENCE) {
            FastSuite schedules = new FastSuite(suite.version());
            return new ProgramCheck() {
                @Override
                public boolean agrees(CoreProgram p) {
                    return referenceAgrees(p, suite, schedules);
                }

                @Override
                public long schedules() {
                    return schedules.schedulesExplored();
                }
            };
        }
        return fastCheck(suite, new FastSuite(suite.version()));
    }

    /**
     * The reference machines agree on {@code p}. With goroutines they run the model's default schedule, one of
     * many; so they must also agree with each other there, and that run's outcome must be among the outcomes
     * of every schedule, which {@code schedules}' abstract semantics computes.
     */
    static boolean referenceAgrees(CoreProgram p, MachineSuite suite, FastSuite schedules) {
        Comparison c = suite.compare(CoreLowering.lower(p, suite.version(), ""));
        if (!c.agrees()) {
            return false;
        }
        if (!p.hasGoroutines()) {
            return true;
        }
        schedules.run(p);
        for (MachineRun r : c.runs()) {
            if (!schedules.outcomes().contains(ReferenceEncoding.outcomeKey(r))) {
                return false;
            }
        }
        return true;
    }

    /** The fast engine's check with the given fast suite, confirmed by {@code suite}'s reference machines. */
    static ProgramCheck fastCheck(MachineSuite suite, FastSuite fast) {
        return new ProgramCheck() {
            @Override
            public boolean agrees(CoreProgram p) {
                return fast.agrees(p) || confirmed(p, fast, suite);
            }

            @Override
            public boolean agrees(int[] tokens, int length) {
                return fast.agrees(tokens, length) || confirmed(TokenCodec.decode(tokens, length), fast, suite);
            }

            @Override
            public long schedules() {
                return fast.schedulesExplored();
            }
        };
    }

    /**
     * The fast machines disagree on {@code p}: false when the reference machines disagree too (a real
     * counterexample); a {@link FastEngineBug} when they agree.
     */
    private static boolean confirmed(CoreProgram p, FastSuite fast, MachineSuite suite) {
        String fastSide = fast.disagreements();
        if (!referenceAgrees(p, suite, new FastSuite(suite.version()))) {
            return false;
        }
        throw new FastEngineBug("the fast machines disagree where the reference machines agree, on Go "
                + suite.version() + ":\n" + GoPrinter.print(p) + "fast observables:\n" + fastSide);
    }
}
