package defercheck.ir;

import defercheck.source.Span;
import java.util.List;

/**
 * One Go function or function literal, lowered.
 *
 * @param id               index in {@link Program#functions()}
 * @param name             the runtime's name for it: {@code main.f}, {@code main.main.func1}, {@code main.f.func2.1}
 * @param params           parameter count; slots {@code 0..params-1}
 * @param results          result count; slots {@code params..params+results-1}
 * @param namedResults     true when the results have names that closures can write
 * @param captures         how many variables a closure of this function captures (0 for top-level funcs)
 * @param returnStatements number of {@code return} statements in the body (not counting falling off the end);
 *                         the compiler's open-coding rule uses it
 * @param parent           id of the enclosing function for literals, -1 for top-level functions
 * @param dead             the statements gc leaves out, when the lowering knows them (null for code built
 *                         otherwise: the plan then reads them from the instructions)
 */
public record Function(
        int id,
        String name,
        Span span,
        Type.Func type,
        int params,
        int results,
        boolean namedResults,
        List<Slot> slots,
        int captures,
        List<Instr> code,
        List<DeferSite> deferSites,
        int returnStatements,
        int parent,
        DeadStatements dead) {

    public Function {
        slots = List.copyOf(slots);
        code = List.copyOf(code);
        deferSites = List.copyOf(deferSites);
    }

    /** A function whose dead statements are not known apart from its instructions. */
    public Function(int id, String name, Span span, Type.Func type, int params, int results, boolean namedResults,
            List<Slot> slots, int captures, List<Instr> code, List<DeferSite> deferSites, int returnStatements,
            int parent) {
        this(id, name, span, type, params, results, namedResults, slots, captures, code, deferSites, returnStatements,
                parent, null);
    }

    public boolean isClosure() {
        return parent >= 0;
    }

    /**
     * A function of a library the lowering adds (fmt's method-call wrapper): not the program's code, so the
     * plan does not list its defers.
     */
    public boolean isLibrary() {
        return !name.startsWith("main.");
    }

    /**
     * Whether the function calls runtime.deferrangefunc ({@link Instr.DeferRangeFunc}): the body of one of its
     * range-over-func loops defers onto its frame, so gc never open-codes its defers (walk's
     * OpenCodedDeferDisallowed) and calls deferreturn.
     */
    public boolean callsDeferRangeFunc() {
        for (Instr in : code) {
            if (in instanceof Instr.DeferRangeFunc) {
                return true;
            }
        }
        return false;
    }

    public int firstResultSlot() {
        return params;
    }
}
