package defercheck.plan;

import defercheck.ir.Capture;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The locations of {@link ResultEscape}'s analysis and what flows between them (gc's escape/graph.go): which
 * closures each variable may hold, which variables each closure captures, and what has reached the heap. A
 * closure is identified by its function id; {@code &v} is a negative id that "captures" exactly v
 * ({@link #addressToken}). Every change sets {@link #changed}, so the analysis knows when a round found
 * nothing new.
 */
final class EscapeGraph {

    /** A variable: a slot of a function's frame. */
    record Var(int function, int slot) { }

    private final Map<Var, Set<Integer>> contents = new HashMap<>();
    private final Map<Integer, List<Var>> captured = new HashMap<>();
    private final Set<Integer> escapedClosures = new HashSet<>();
    private final Set<Var> escapedVars = new HashSet<>();
    private final Map<Var, Integer> addressTokens = new HashMap<>();
    private boolean changed;

    /** Starts a round of the fixed point: nothing has changed yet. */
    void startRound() {
        changed = false;
    }

    /** Whether anything changed since {@link #startRound}. */
    boolean changed() {
        return changed;
    }

    /** Whether {@code v} moved to the heap. */
    boolean escaped(Var v) {
        return escapedVars.contains(v);
    }

    /** Whether {@code &v} was taken. */
    boolean addressTaken(Var v) {
        return addressTokens.containsKey(v);
    }

    /** The variables each closure (and address token) captures, in capture order. */
    Map<Integer, List<Var>> captures() {
        return Collections.unmodifiableMap(captured);
    }

    /** The variables closure (or address token) {@code closure} captures; empty when not yet seen. */
    List<Var> capturesOf(int closure) {
        return captured.getOrDefault(closure, List.of());
    }

    /**
     * {@code &v} as a tracked value: a negative id that "captures" exactly v, so that when it escapes, v
     * moves to the heap just as with an escaping closure that captures v by reference.
     */
    int addressToken(Var v) {
        Integer token = addressTokens.get(v);
        if (token == null) {
            token = -1 - addressTokens.size();
            addressTokens.put(v, token);
            captured.put(token, List.of(v));
            changed = true;
        }
        return token;
    }

    /**
     * The variables {@code mc}'s closure captures, made in {@code f}: f's own slots, or what f itself captured.
     * A list with an entry not yet known (null: f's captures were not recorded yet) is redone in later rounds.
     */
    void recordCaptures(Function f, Instr.MakeClosure mc) {
        List<Var> known = captured.get(mc.function());
        if (known != null && !known.contains(null)) {
            return;
        }
        List<Var> vars = new ArrayList<>();
        for (Capture c : mc.captures()) {
            vars.add(c instanceof Capture.FromLocal l
                    ? new Var(f.id(), l.slot())
                    : capturedVar(f.id(), ((Capture.FromCaptured) c).index()));
        }
        if (!vars.equals(known)) {
            captured.put(mc.function(), vars);
            changed = true;
        }
    }

    /** The variable that capture {@code index} of {@code closure} refers to, or null when not yet known. */
    Var capturedVar(int closure, int index) {
        List<Var> vars = captured.get(closure);
        return vars == null || index >= vars.size() ? null : vars.get(index);
    }

    /**
     * gc's escape/solve.go walk from the heap location: an escaping closure moves every variable it captures
     * to the heap, and whatever such a variable holds escapes in turn, until nothing more does.
     */
    void propagateEscapes() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int clo : List.copyOf(escapedClosures)) {
                for (Var v : captured.getOrDefault(clo, List.of())) {
                    if (v != null && escapedVars.add(v)) {
                        grew = true;
                        changed = true;
                    }
                }
            }
            for (Var v : List.copyOf(escapedVars)) {
                for (int clo : get(v)) {
                    if (escapedClosures.add(clo)) {
                        grew = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /** The values flow to the heap hole. */
    void escape(Set<Integer> values) {
        for (int v : values) {
            if (escapedClosures.add(v)) {
                changed = true;
            }
        }
    }

    Set<Integer> get(Var v) {
        return contents.getOrDefault(v, Set.of());
    }

    void add(Var v, Set<Integer> values) {
        if (values.isEmpty()) {
            return;
        }
        Set<Integer> s = contents.computeIfAbsent(v, k -> new HashSet<>());
        if (s.addAll(values)) {
            changed = true;
        }
    }
}
