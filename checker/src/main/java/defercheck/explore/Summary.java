package defercheck.explore;

import java.util.List;

/**
 * What one exploration did: {@code programs} checked (in stop-at-first mode, the prefix of the range up to and
 * including the first divergence), {@code divergences} found, and the rank of the smallest one (-1 if none).
 */
public record Summary(String bound, String go, List<String> machines, long from, long to, long programs,
                      long divergences, long firstDivergence, long elapsedMs) {

    public Summary {
        machines = List.copyOf(machines);
    }

    public double programsPerSecond() {
        return elapsedMs == 0 ? programs * 1000.0 : programs * 1000.0 / elapsedMs;
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"bound\": ").append(Json.quote(bound))
                .append(", \"go\": ").append(Json.quote(go)).append(", \"machines\": [");
        for (int i = 0; i < machines.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.quote(machines.get(i)));
        }
        return sb.append("], \"programs\": ").append(programs).append(", \"divergences\": ").append(divergences)
                .append(", \"elapsed_ms\": ").append(elapsedMs).append(", \"programs_per_second\": ")
                .append(Math.round(programsPerSecond())).append("}\n").toString();
    }
}
