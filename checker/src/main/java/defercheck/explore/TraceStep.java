package defercheck.explore;

import defercheck.semantics.Event;
import java.util.List;

/** One event of one machine's run, with the machine's state right after it (empty where none is exposed). */
record TraceStep(int index, Event event, List<String> state) {

    TraceStep {
        state = List.copyOf(state);
    }

    String toJson() {
        StringBuilder sb = new StringBuilder("{\"index\": ").append(index)
                .append(", \"span\": {\"line\": ").append(event.span().line()).append(", \"col\": ")
                .append(event.span().col()).append("}, \"kind\": ").append(Json.quote(event.getClass().getSimpleName()))
                .append(", \"event\": ").append(Json.quote(event.describe()))
                .append(", \"observable\": ").append(event.observable()).append(", \"state\": [");
        for (int i = 0; i < state.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.quote(state.get(i)));
        }
        return sb.append("]}").toString();
    }
}
