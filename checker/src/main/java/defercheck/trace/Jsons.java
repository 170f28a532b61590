package defercheck.trace;

import defercheck.explore.Json;
import java.util.List;

/** Hand-written JSON output, so a trace's bytes depend only on its content (field order is fixed). */
final class Jsons {
    private Jsons() {
    }

    static String quote(String s) {
        return s == null ? "null" : Json.quote(s);
    }

    static String array(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.quote(items.get(i)));
        }
        return sb.append(']').toString();
    }
}
