package defercheck.lib.strconv;

/**
 * The two results of ParseBool.
 *
 * @param error null when parsing succeeded
 */
public record BoolResult(boolean value, NumError error) {

    public boolean ok() {
        return error == null;
    }
}
