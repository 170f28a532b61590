package defercheck.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct TLA+ expressions, numbered from 1 in first-seen order, so that a generated module names each once
 * and refers to it by index: SANY's time grows with the module's length, and the cross-check's programs share
 * most of their function bodies and outcomes.
 */
final class TlaTable {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> entries = new ArrayList<>();

    /** The 1-based index of {@code tla}, added if new. */
    int intern(String tla) {
        return index.computeIfAbsent(tla, t -> {
            entries.add(t);
            return entries.size();
        });
    }

    int size() {
        return entries.size();
    }

    /** {@code <<e1, e2, ...>>}, one entry per line. */
    String tuple() {
        return "<<\n    " + String.join(",\n    ", entries) + "\n>>";
    }
}
