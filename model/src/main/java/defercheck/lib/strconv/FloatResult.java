package defercheck.lib.strconv;

/**
 * The two results of ParseFloat. On a range error the value is ±Inf; on a syntax error it is 0.
 *
 * @param error null when parsing succeeded
 */
public record FloatResult(double value, NumError error) {

    public boolean ok() {
        return error == null;
    }
}
