package defercheck.properties;

import java.util.function.Predicate;

/**
 * A named predicate over runs. An {@link Kind#ALWAYS} property is an invariant: a run where it is false is
 * a bug. A {@link Kind#SOMETIMES} property is a reachability claim: a run where it is true is a witness.
 */
public record Property(String name, Kind kind, String description, Predicate<Run> holds) {

    public enum Kind { ALWAYS, SOMETIMES }
}
