package defercheck.schedule;

import defercheck.semantics.Outcome;
import java.util.List;

/**
 * What an exploration found: each distinct outcome (stdout, stderr, exit code and how the run ended), in the
 * order the depth-first search first met it, with how many schedules gave it and the choice string of the
 * first; how many runs reached an end and how many the sleep sets cut short; and whether the search was
 * complete or the bound stopped it.
 */
public record Exploration(List<Found> outcomes, long schedules, long cut, boolean complete, long bound) {

    /** One distinct outcome: how often it came out and the first schedule that gave it. */
    public record Found(Outcome outcome, long count, String example) {
    }

    public Exploration {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether every schedule explored gave one and the same outcome. */
    public boolean unanimous() {
        return outcomes.size() == 1;
    }

    /** The one-line summary {@code run} prints: how many schedules, whether complete, how many outcomes. */
    public String summary() {
        return schedules + (schedules == 1 ? " schedule" : " schedules") + " explored"
                + (cut > 0 ? " (and " + cut + " cut short by sleep sets: each repeats an explored one up to the"
                + " order of steps that commute)" : "")
                + (complete ? ", all there are" : ", INCOMPLETE: the bound of " + bound
                + " (--max-schedules) cut the search short")
                + "; " + outcomes.size() + (outcomes.size() == 1 ? " outcome" : " distinct outcomes");
    }
}
