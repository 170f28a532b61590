package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.reduce.Reducer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The semantic disagreements of a run, each reduced to a minimal program with the project's reducer and grouped
 * by cause: one cause per minimal program. A candidate of the reduction is decided without running it again
 * when the run already checked it (every candidate of a program of the bound is in the bound, and an exhaustive
 * run has checked every smaller program before a larger one); any other is run alone, once (memoised).
 */
public final class Causes {
    /** How many ranks a cause keeps as examples. */
    static final int EXAMPLES = 20;
    private static final byte CHECKED = 1;
    private static final byte SEMANTIC = 2;

    /**
     * One cause: the differing observables it shows (its {@link Symptom}), its smallest minimal program (with
     * that program's check run alone: both outcomes), every minimal program that shows the same symptom and how
     * many of the run's programs reduced to each, and the smallest of their ranks.
     */
    public record Cause(Symptom symptom, CoreProgram minimal, CaseResult check, long count, List<Long> ranks,
                        List<Minimal> minimals) { }

    /** A minimal program of a cause, and how many of the run's programs reduced to it. */
    public record Minimal(CoreProgram program, String oneLine, long count) { }

    private final Oracle oracle;
    private final Implementation impl;
    private final ProgramSpace space;
    private final byte[] byRank;
    private final Map<CoreProgram, Boolean> decided = new ConcurrentHashMap<>();
    private final List<CaseResult> disagreements = new ArrayList<>();

    /** {@code exhaustive}: the run checks ranks 0, 1, 2, ..., so verdicts are kept by rank (a byte each). */
    public Causes(Oracle oracle, Bound bound, boolean exhaustive) {
        this.impl = oracle.impl();
        this.oracle = oracle;
        this.space = new ProgramSpace(bound);
        this.byRank = exhaustive && space.size() <= Integer.MAX_VALUE - 8 ? new byte[(int) space.size()] : null;
    }

    /** Sees every case of the run, in order. */
    public synchronized void see(CaseResult r) {
        boolean semantic = r.unexplained();
        if (byRank != null && r.rank() >= 0 && r.rank() < byRank.length) {
            byRank[(int) r.rank()] = (byte) (CHECKED | (semantic ? SEMANTIC : 0));
        } else {
            decided.put(r.program(), semantic);
        }
        if (semantic) {
            disagreements.add(slim(r));
        }
    }

    /**
     * Writes the verdict of every rank of an exhaustive run (one byte each: bit 0 checked, bit 1 a semantic
     * disagreement), so that the causes can be reduced and saved again ({@link #fromVerdicts}) without checking
     * every program again.
     */
    public synchronized void saveVerdicts(Path file) throws IOException {
        if (byRank == null) {
            throw new IllegalStateException("verdicts are kept by rank only in an exhaustive run");
        }
        Files.write(file, byRank);
    }

    /** The causes of an exhaustive run whose verdicts {@link #saveVerdicts} wrote. */
    public static Causes fromVerdicts(Oracle oracle, Bound bound, Path file) throws IOException {
        Causes c = new Causes(oracle, bound, true);
        byte[] saved = Files.readAllBytes(file);
        if (saved.length != c.byRank.length) {
            throw new IOException(file + " holds " + saved.length + " verdicts; " + bound.name() + " has "
                    + c.byRank.length + " programs");
        }
        System.arraycopy(saved, 0, c.byRank, 0, saved.length);
        for (int r = 0; r < saved.length; r++) {
            if ((saved[r] & SEMANTIC) != 0) {
                c.disagreements.add(new CaseResult(r, c.space.program(r), null, null, null, null, null,
                        List.of("saved"), List.of(), null, null));
            }
        }
        return c;
    }

    /** Keeps what reduction and reporting need; the batch's streams can be large. */
    private static CaseResult slim(CaseResult r) {
        return new CaseResult(r.rank(), r.program(), null, null, null, null, null, r.differs(), List.of(), null, null);
    }

    public synchronized int disagreements() {
        return disagreements.size();
    }

    /**
     * Reduces every disagreement seen, then groups the minimal programs by the observables they differ on and
     * whether a panic was under way where the implementation first departs ({@link Symptom}); causes in order of
     * their smallest rank.
     */
    public List<Cause> reduce() throws IOException, InterruptedException {
        Map<CoreProgram, List<Long>> byMinimal = new LinkedHashMap<>();
        try {
            for (CaseResult r : disagreements) {
                CoreProgram min = Reducer.reduce(r.program(), this::semantic);
                byMinimal.computeIfAbsent(min, k -> new ArrayList<>()).add(r.rank());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Interrupted e) {
            throw e.cause;
        }
        Map<Symptom, List<CaseResult>> bySymptom = new LinkedHashMap<>();
        for (CoreProgram min : byMinimal.keySet()) {
            CaseResult check = oracle.checkAlone(min);
            boolean panicking = ImplTraces.sides(oracle, impl, check).panickingAtDivergence();
            bySymptom.computeIfAbsent(Symptom.of(check, panicking), k -> new ArrayList<>()).add(check);
        }
        List<Cause> out = new ArrayList<>();
        for (Map.Entry<Symptom, List<CaseResult>> g : bySymptom.entrySet()) {
            out.add(cause(g.getKey(), g.getValue(), byMinimal));
        }
        out.sort(Comparator.comparingLong((Cause c) -> c.ranks().get(0)));
        return out;
    }

    private static Cause cause(Symptom symptom, List<CaseResult> checks, Map<CoreProgram, List<Long>> byMinimal) {
        List<CaseResult> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparingInt((CaseResult c) -> Symptom.statements(c.program()))
                .thenComparingInt(c -> c.source().length()).thenComparing(CaseResult::source));
        List<Long> ranks = new ArrayList<>();
        List<Minimal> minimals = new ArrayList<>();
        for (CaseResult c : sorted) {
            List<Long> rs = byMinimal.get(c.program());
            ranks.addAll(rs);
            minimals.add(new Minimal(c.program(), OneLine.of(c.source()), rs.size()));
        }
        ranks.sort(null);
        return new Cause(symptom, sorted.get(0).program(), sorted.get(0), ranks.size(),
                List.copyOf(ranks.subList(0, Math.min(EXAMPLES, ranks.size()))), minimals);
    }

    /** Whether {@code p} is a semantic disagreement: from the run where it was checked, else run alone once. */
    boolean semantic(CoreProgram p) {
        if (byRank != null) {
            try {
                long r = space.rank(p);
                if (r < byRank.length && (byRank[(int) r] & CHECKED) != 0) {
                    return (byRank[(int) r] & SEMANTIC) != 0;
                }
            } catch (IllegalArgumentException notInTheBound) {
                // decided below
            }
        }
        Boolean known = decided.get(p);
        if (known != null) {
            return known;
        }
        try {
            boolean s = oracle.checkAlone(p).unexplained();
            decided.put(p, s);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new Interrupted(e);
        }
    }

    /** Carries an interruption out of the reducer's predicate. */
    private static final class Interrupted extends RuntimeException {
        final InterruptedException cause;

        Interrupted(InterruptedException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
