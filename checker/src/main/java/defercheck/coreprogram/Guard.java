package defercheck.coreprogram;

/**
 * What surrounds a {@code defer} statement. A conditional defer tests a package variable (so gc cannot fold
 * it away and open-coding must consult deferBits); a loop defer is a heap record in every Go version.
 * {@code trips} is the loop's trip count, 0 unless {@code kind} is {@link Kind#LOOP}.
 */
public record Guard(Kind kind, int trips) {

    public static final Guard PLAIN = new Guard(Kind.PLAIN, 0);
    public static final Guard IF_TRUE = new Guard(Kind.IF_TRUE, 0);
    public static final Guard IF_FALSE = new Guard(Kind.IF_FALSE, 0);

    public enum Kind { PLAIN, IF_TRUE, IF_FALSE, LOOP }

    public Guard {
        if ((kind == Kind.LOOP) != (trips > 0)) {
            throw new IllegalArgumentException("loop guards, and only they, have a positive trip count");
        }
    }

    public static Guard loop(int trips) {
        return new Guard(Kind.LOOP, trips);
    }
}
