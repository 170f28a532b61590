package defercheck.plan;

/**
 * The per-function decision. Open-coding is all or nothing per function; {@code whyNot} is empty when
 * {@code openCoded} is true, otherwise a short reason such as "defer in loop".
 */
public record FunctionPlan(int function, String name, boolean openCoded, String whyNot) {

    public FunctionPlan {
        if (openCoded != whyNot.isEmpty()) {
            throw new IllegalArgumentException("whyNot must be empty exactly when the function is open-coded");
        }
    }
}
