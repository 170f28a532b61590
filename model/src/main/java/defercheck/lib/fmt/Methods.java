package defercheck.lib.fmt;

/**
 * Which of fmt's interfaces a value's dynamic type implements, and an opaque handle of the receiver that the
 * engine passes back in {@link Formatted.NeedsCall} so that the caller can make the call. A value reached
 * through an unexported struct field has no methods for fmt (reflect cannot call them), so its operand has
 * {@link #NONE}. Types with a Format method (fmt.Formatter) are not modelled: the caller refuses them.
 *
 * @param error      implements error (Error() string)
 * @param stringer   implements fmt.Stringer (String() string)
 * @param goStringer implements fmt.GoStringer (GoString() string)
 * @param receiver   the caller's handle of the value, for the call
 */
public record Methods(boolean error, boolean stringer, boolean goStringer, Object receiver) {

    public static final Methods NONE = new Methods(false, false, false, null);

    public boolean any() {
        return error || stringer || goStringer;
    }
}
