package defercheck.trace;

import defercheck.semantics.Event;

/** One event of one machine's run, where it happened in the source, and the machine's state right after. */
public record Step(int index, int line, int col, String kind, String event, boolean observable, StepState state) {

    static Step of(int index, Event e, StepState state) {
        return new Step(index, e.span().line(), e.span().col(), e.getClass().getSimpleName(), e.describe(),
                e.observable(), state);
    }

    String toJson() {
        return "{\"index\": " + index + ", \"span\": {\"line\": " + line + ", \"col\": " + col + "}, \"kind\": "
                + Jsons.quote(kind) + ", \"event\": " + Jsons.quote(event) + ", \"observable\": " + observable
                + ", \"state\": " + state.toJson() + "}";
    }
}
