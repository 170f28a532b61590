package defercheck.trace;

/** One event of one machine's run, where it happened in the source, and the machine's state right after. */
public record Step(int index, int line, int col, String kind, String event, boolean observable, StepState state) {

    String toJson() {
        return "{\"index\": " + index + ", \"span\": {\"line\": " + line + ", \"col\": " + col + "}, \"kind\": "
                + Jsons.quote(kind) + ", \"event\": " + Jsons.quote(event) + ", \"observable\": " + observable
                + ", \"state\": " + state.toJson() + "}";
    }
}
