package defercheck.plan;

import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * What gc decides for every {@code defer} site, per Go version, as {@code -gcflags=-d=defer} reports it.
 *
 * <ul>
 *   <li>1.12: every defer is a heap record ({@code deferproc}); there is no stack record and no open-coding.</li>
 *   <li>1.13 (CL 171758): escape analysis marks a defer at loop depth 1 {@code EscNever}, and ssagen then
 *       uses a stack record ({@code deferprocStack}); a defer inside a loop stays on the heap.</li>
 *   <li>1.14+ (#34481): a function is open-coded, all or nothing, unless walk set
 *       {@code OpenCodedDeferDisallowed} (more than {@link #maxOpenDefers} defers, or a defer that is not
 *       {@code EscNever}) or ssagen refuses (a named result not on the stack, or
 *       {@code NumReturns * NumDefers > 15}). Otherwise each site falls back to the 1.13 choice.</li>
 *   <li>Walk counts every defer and {@code return} it sees, including ones after a {@code return} or
 *       {@code panic}; from 1.22 the unified IR writer drops those before walk. ssagen never emits (nor
 *       prints) a defer in straight-line dead code, in any version.</li>
 * </ul>
 * Flags that also turn open-coding off ({@code -N}, {@code -race}, {@code -d=noopendefer}, 386 with shared
 * linking) are not modelled: the plan is for a default {@code go build}.
 */
public final class DeferPlanner {

    /** walk/walk.go: deferBits is one byte. */
    public static final int maxOpenDefers = 8;
    /** ssagen/ssa.go: the limit on {@code NumReturns * NumDefers}. */
    public static final int maxReturnsTimesDefers = 15;

    private DeferPlanner() { }

    /** One plan per function that has at least one defer site, in function id order. */
    public static List<FunctionPlan> plan(Program p, GoVersion v) {
        // The escape analysis only ever names functions with named results; skip it when no deferring
        // function has any, since then no plan can depend on it.
        boolean asked = p.functions().stream()
                .anyMatch(f -> !f.deferSites().isEmpty() && f.namedResults() && !f.isLibrary());
        Set<Integer> escapingResults = v.atLeast(14) && asked ? ResultEscape.functionsWithEscapingResults(p) : Set.of();
        List<FunctionPlan> out = new ArrayList<>();
        for (Function f : p.functions()) {
            if (!f.deferSites().isEmpty() && !f.isLibrary()) {
                out.add(planFunction(f, v, escapingResults.contains(f.id())));
            }
        }
        return out;
    }

    /** The sites gc emits, with their allocation, sorted by position. */
    public static List<SitePlan> sites(Program p, GoVersion v) {
        return sites(p, v, plan(p, v));
    }

    /** The sites for an already computed plan. */
    public static List<SitePlan> sites(Program p, GoVersion v, List<FunctionPlan> plans) {
        List<SitePlan> out = new ArrayList<>();
        for (FunctionPlan fp : plans) {
            Function f = p.function(fp.function());
            BitSet absent = DeadCode.unemitted(f);
            absent.or(DeadCode.removedBeforeWalk(f, v));
            for (DeferSite site : f.deferSites()) {
                int at = instructionOf(f, site.index());
                if (at >= 0 && absent.get(at)) {
                    continue;
                }
                out.add(new SitePlan(f.id(), site.index(), site.span(), allocation(fp, site, v)));
            }
        }
        out.sort((a, b) -> a.span().line() != b.span().line()
                ? Integer.compare(a.span().line(), b.span().line())
                : Integer.compare(a.span().col(), b.span().col()));
        return List.copyOf(out);
    }

    static Allocation allocation(FunctionPlan fp, DeferSite site, GoVersion v) {
        if (!v.atLeast(13)) {
            return Allocation.HEAP;
        }
        if (fp.openCoded()) {
            return Allocation.OPEN_CODED;
        }
        return site.inLoop() ? Allocation.HEAP : Allocation.STACK;
    }

    private static FunctionPlan planFunction(Function f, GoVersion v, boolean namedResultEscapes) {
        String why = whyNotOpenCoded(f, v, namedResultEscapes);
        return new FunctionPlan(f.id(), f.name(), why.isEmpty(), why);
    }

    /** The first reason, in the order walk and then ssagen check them; "" when the function is open-coded. */
    static String whyNotOpenCoded(Function f, GoVersion v, boolean namedResultEscapes) {
        if (!v.atLeast(14)) {
            return "no open-coded defers before Go 1.14";
        }
        BitSet dropped = DeadCode.removedBeforeWalk(f, v);
        List<DeferSite> counted = new ArrayList<>();
        for (DeferSite site : f.deferSites()) {
            int at = instructionOf(f, site.index());
            if (at < 0 || !dropped.get(at)) {
                counted.add(site);
            }
        }
        int numDefers = counted.size();
        if (numDefers > maxOpenDefers) {
            return "more than " + maxOpenDefers + " defers";
        }
        if (counted.stream().anyMatch(DeferSite::inLoop)) {
            return "defer in loop";
        }
        if (f.callsDeferRangeFunc()) {
            return "defer in a range-over-func body";
        }
        if (namedResultEscapes) {
            return "named result escapes";
        }
        if (numReturns(f, dropped) * numDefers > maxReturnsTimesDefers) {
            return "returns × defers > " + maxReturnsTimesDefers;
        }
        return "";
    }

    /**
     * walk's {@code NumReturns}: explicit {@code return} statements of this function only (falling off the
     * end does not count, nor do returns of closures, inlined or not), minus those dropped before walk.
     * The lowering may end the code with one extra implicit {@link Instr.Return}; it is never counted.
     */
    static int numReturns(Function f, BitSet dropped) {
        List<Instr> code = f.code();
        long returnInstrs = code.stream().filter(Instr.Return.class::isInstance).count();
        boolean implicitLast = returnInstrs > f.returnStatements()
                && !code.isEmpty() && code.get(code.size() - 1) instanceof Instr.Return;
        int explicitEnd = implicitLast ? code.size() - 1 : code.size();
        int droppedReturns = 0;
        for (int i = 0; i < explicitEnd; i++) {
            if (dropped.get(i) && code.get(i) instanceof Instr.Return) {
                droppedReturns++;
            }
        }
        return Math.max(0, f.returnStatements() - droppedReturns);
    }

    /** Index in {@code code} of the Defer/DeferBuiltin instruction of a site, or -1. */
    static int instructionOf(Function f, int site) {
        List<Instr> code = f.code();
        for (int i = 0; i < code.size(); i++) {
            Instr in = code.get(i);
            if (in instanceof Instr.Defer d && d.site() == site
                    || in instanceof Instr.DeferBuiltin d2 && d2.site() == site) {
                return i;
            }
        }
        return -1;
    }
}
