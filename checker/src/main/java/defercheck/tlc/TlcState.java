package defercheck.tlc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One state of a TLC counterexample: its 1-based index, the action that produced it (the text TLC prints
 * between angle brackets, absent for the initial state) and each variable's value as TLA+ text, in the
 * order TLC printed them.
 */
public record TlcState(int index, String action, Map<String, String> vars) {
    public TlcState {
        vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    }
}
