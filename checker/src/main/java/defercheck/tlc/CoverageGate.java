package defercheck.tlc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage gate: a model that never reaches a rule cannot find a mistake in it. For each spec, TLC's
 * {@code -coverage} counts of the spec's models are merged, and the gate fails when an action generated no
 * state in any of them, or when an IF/CASE inside an action has a branch TLC evaluated nothing in (its
 * construct was reached, the branch never was). A branch may be let off only by an allowance in
 * spec/manifest.json that says why; an allowance that matches no unreached branch fails the gate too, so the
 * allow-list never outlives its reason.
 */
public final class CoverageGate {

    /** Something no model of {@code spec} reached. */
    public record Gap(String spec, String what, SourceRange where) {
        @Override
        public String toString() {
            return where + ": " + spec + ": " + what;
        }
    }

    /** An unreached branch that an allowance lets off. */
    public record Allowed(String spec, SpecBranches.Branch branch, Manifest.Allowance allowance) { }

    /** The gate's answer: it passes when there are no gaps. */
    public record Report(List<Gap> gaps, List<Allowed> allowed) {
        public boolean passes() {
            return gaps.isEmpty();
        }
    }

    /** The coverage of one spec's models and the branches of the modules they read. */
    public record SpecRuns(String spec, List<TlcCoverage> runs, List<SpecBranches.Branch> branches) { }

    private CoverageGate() {
    }

    public static Report check(List<SpecRuns> specs, List<Manifest.Allowance> allowances) {
        List<Gap> gaps = new ArrayList<>();
        List<Allowed> allowed = new ArrayList<>();
        List<Manifest.Allowance> used = new ArrayList<>();
        for (SpecRuns s : specs) {
            actionGaps(s, gaps);
            for (SpecBranches.Branch b : s.branches()) {
                if (!reached(s, b.construct(), false) || b.evidence().stream().anyMatch(e -> reached(s, e, true))) {
                    continue;
                }
                Manifest.Allowance a = allowance(allowances, s.spec(), b);
                if (a == null) {
                    gaps.add(new Gap(s.spec(), reached(s, b.branch(), false)
                            ? "no model takes the " + b.description()
                            : "TLC counts nothing inside the " + b.description() + ", so no model is known to take it",
                            b.branch()));
                } else {
                    allowed.add(new Allowed(s.spec(), b, a));
                    used.add(a);
                }
            }
        }
        for (Manifest.Allowance a : allowances) {
            if (!used.contains(a)) {
                gaps.add(new Gap(a.spec(), "the allowance for \"" + a.branch() + "\" in " + a.module()
                        + ".tla matches no unreached branch: remove it", new SourceRange(a.module(), 1, 1, 1, 1)));
            }
        }
        return new Report(List.copyOf(gaps), List.copyOf(allowed));
    }

    /** Actions that generated no state in any model of the spec. */
    private static void actionGaps(SpecRuns s, List<Gap> gaps) {
        Map<String, Long> generated = new LinkedHashMap<>();
        Map<String, SourceRange> where = new LinkedHashMap<>();
        for (TlcCoverage c : s.runs()) {
            for (TlcCoverage.Action a : c.actions()) {
                generated.merge(a.name(), a.generated(), Long::sum);
                where.putIfAbsent(a.name(), a.where());
            }
        }
        generated.forEach((name, n) -> {
            if (n == 0) {
                gaps.add(new Gap(s.spec(), "no model takes action " + name, where.get(name)));
            }
        });
    }

    /**
     * True when some model of the spec evaluated something inside {@code range} (with a count above 0 when
     * {@code counted}; TLC lists every sub-expression of an action, evaluated or not).
     */
    private static boolean reached(SpecRuns s, SourceRange range, boolean counted) {
        for (TlcCoverage c : s.runs()) {
            for (TlcCoverage.Count n : c.counts()) {
                if ((!counted || n.count() > 0) && range.contains(n.where())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Manifest.Allowance allowance(List<Manifest.Allowance> all, String spec, SpecBranches.Branch b) {
        for (Manifest.Allowance a : all) {
            if (a.spec().equals(spec) && a.module().equals(b.branch().module()) && a.branch().equals(b.description())) {
                return a;
            }
        }
        return null;
    }
}
