package defercheck.lib.strconv;

/**
 * strconv.NumError: the function that failed, its input and the reason. Its text, {@link #error}, quotes the
 * input with strconv.Quote, which depends on the Unicode tables of the Go release.
 *
 * @param func   "Atoi", "ParseInt", "ParseUint", "ParseFloat" or "ParseBool"
 * @param num    the input (a byte string)
 * @param reason the text of the wrapped error: {@link #SYNTAX}, {@link #RANGE}, "invalid base N" or
 *               "invalid bit size N"
 */
public record NumError(String func, String num, String reason) {

    /** strconv.ErrSyntax's text. */
    public static final String SYNTAX = "invalid syntax";
    /** strconv.ErrRange's text. */
    public static final String RANGE = "value out of range";

    /** {@code e.Error()}, e.g. {@code strconv.Atoi: parsing "x": invalid syntax}. */
    public String error(Quoting quoting) {
        return "strconv." + func + ": parsing " + quoting.quote(num) + ": " + reason;
    }

    /** Whether the wrapped error is strconv.ErrSyntax. */
    public boolean isSyntax() {
        return reason.equals(SYNTAX);
    }

    /** Whether the wrapped error is strconv.ErrRange. */
    public boolean isRange() {
        return reason.equals(RANGE);
    }

    static NumError syntax(String func, String num) {
        return new NumError(func, num, SYNTAX);
    }

    static NumError range(String func, String num) {
        return new NumError(func, num, RANGE);
    }
}
