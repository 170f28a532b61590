package defercheck.lib.log;

/**
 * The bytes one call of a log function writes (log.Logger's Output): the header its flags ask for, the message,
 * and a newline unless the message ends with one. The message is what fmt made of the arguments: Sprint for
 * Print, Fatal and Panic, Sprintf for the f forms, Sprintln for the ln forms. Panic and its forms then panic
 * with that message as a string value; Fatal exits with {@link LogFlags#FATAL_EXIT_STATUS}.
 *
 * <p>The header, in order: the prefix (unless Lmsgprefix); with Ldate "2009/01/23 "; with Ltime or
 * Lmicroseconds "01:23:23" and, with Lmicroseconds, ".123123", then " "; with Lshortfile (which wins over
 * Llongfile) the file name's last element, with Llongfile the whole name, then ":line: "; then the prefix if
 * Lmsgprefix. The same on go1.19 to go1.23. Llongfile prints the file name the caller gives: real Go prints the
 * absolute path of the source file at build time.
 */
public final class LogLine {

    private LogLine() {
    }

    /** The line for {@code message} logged at {@code file}:{@code line} at time {@code t}. */
    public static String format(String prefix, int flags, LogTime t, String file, int line, String message) {
        StringBuilder b = new StringBuilder();
        header(b, prefix, flags, t, file, line);
        b.append(message);
        if (b.length() == 0 || b.charAt(b.length() - 1) != '\n') {
            b.append('\n');
        }
        return b.toString();
    }

    private static void header(StringBuilder b, String prefix, int flags, LogTime t, String file, int line) {
        if ((flags & LogFlags.LMSGPREFIX) == 0) {
            b.append(prefix);
        }
        if ((flags & LogFlags.LDATE) != 0) {
            digits(b, t.year(), 4).append('/');
            digits(b, t.month(), 2).append('/');
            digits(b, t.day(), 2).append(' ');
        }
        if ((flags & (LogFlags.LTIME | LogFlags.LMICROSECONDS)) != 0) {
            digits(b, t.hour(), 2).append(':');
            digits(b, t.minute(), 2).append(':');
            digits(b, t.second(), 2);
            if ((flags & LogFlags.LMICROSECONDS) != 0) {
                digits(b.append('.'), t.nanosecond() / 1000, 6);
            }
            b.append(' ');
        }
        if ((flags & (LogFlags.LSHORTFILE | LogFlags.LLONGFILE)) != 0) {
            String name = (flags & LogFlags.LSHORTFILE) != 0 ? shortName(file) : file;
            b.append(name).append(':').append(line).append(": ");
        }
        if ((flags & LogFlags.LMSGPREFIX) != 0) {
            b.append(prefix);
        }
    }

    /** The part after the last '/', looked for from the end down to index 1 (a leading '/' alone is kept). */
    private static String shortName(String file) {
        for (int i = file.length() - 1; i > 0; i--) {
            if (file.charAt(i) == '/') {
                return file.substring(i + 1);
            }
        }
        return file;
    }

    /** log's itoa: at least {@code width} digits, zero padded (values are never negative here). */
    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String d = Integer.toString(value);
        for (int i = d.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(d);
    }
}
