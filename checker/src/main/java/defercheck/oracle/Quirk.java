package defercheck.oracle;

import defercheck.semantics.Outcome;

/**
 * A declared difference of presentation between an implementation and gc, such as "println writes to
 * stdout": a rewrite of what the model (which prints what gc prints) leads one to expect into what the
 * implementation shows for the same behaviour. The oracle applies an adapter's quirks only when the
 * implementation disagrees with the model as printed; a program that then agrees is counted under the quirks
 * that changed something, apart from the exact agreements, never as an agreement and never dropped. A
 * difference that no quirk accounts for is a semantic disagreement.
 */
public record Quirk(String name, String description, Presenter presenter) {

    /** Rewrites the expected observation; {@code model} is the model's run it came from (writes in order). */
    @FunctionalInterface
    public interface Presenter {
        CaseResult.Observed present(CaseResult.Observed expected, Outcome model);
    }

    public CaseResult.Observed present(CaseResult.Observed expected, Outcome model) {
        return presenter.present(expected, model);
    }
}
