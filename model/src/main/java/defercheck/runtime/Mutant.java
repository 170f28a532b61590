package defercheck.runtime;

/**
 * A named deliberate bug in one machine: a historic Go runtime bug (docs/runtime.md, "Mutants") or a classic
 * implementation mistake. {@code goIssue} is 0 when there is no Go issue.
 */
public record Mutant(String id, Strategy machine, int goIssue, String description, Flaw flaw) {

    public String issueText() {
        return goIssue == 0 ? "-" : "#" + goIssue;
    }

    /** The machine with this mutant's flaw built in. */
    public MachineConfig config() {
        return machine.forced().withFlaw(flaw, machine.id() + "+" + id);
    }
}
