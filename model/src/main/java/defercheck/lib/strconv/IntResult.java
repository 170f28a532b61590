package defercheck.lib.strconv;

/**
 * The two results of ParseInt, ParseUint or Atoi. For ParseUint the value is the uint64's bits. On a range
 * error Go still returns the clamped value (for example MaxInt64), so {@code value} is meaningful then too.
 *
 * @param error null when parsing succeeded
 */
public record IntResult(long value, NumError error) {

    public boolean ok() {
        return error == null;
    }
}
