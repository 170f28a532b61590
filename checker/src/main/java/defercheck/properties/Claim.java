package defercheck.properties;

import java.util.function.Predicate;

/**
 * A claim often made about defer (docs/semantics.md, "Five claims, decided"). {@code witness} recognises a run
 * that contradicts or qualifies the claim; finding one is what makes the verdict checked rather than asserted.
 */
public record Claim(int number, String claim, Verdict verdict, String why, Predicate<Run> witness) {

    public enum Verdict { CONFIRMED, REFUTED, IMPRECISE }
}
