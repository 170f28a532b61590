package defercheck.lib.strconv;

/**
 * strconv's integer and bool parsing: ParseUint, ParseInt, Atoi and ParseBool, with Go's errors. Base 0 reads a
 * prefix (0b, 0o, 0x, or a leading 0 for octal) and then allows underscores between digits, as Go literals
 * do; other bases allow neither. A bit size of 0 means int's size, 64 (the model's GOARCH is amd64).
 */
public final class IntParse {

    /** The size in bits of int and uint. */
    public static final int INT_SIZE = 64;

    private IntParse() {
    }

    /** strconv.ParseUint; the value is the uint64's bits (on a range error, the largest value of the size). */
    public static IntResult parseUint(String s, int base, int bitSize) {
        return parseUint(s, base, bitSize, "ParseUint");
    }

    /** strconv.ParseInt; on a range error the value is the limit of the size in the input's direction. */
    public static IntResult parseInt(String s, int base, int bitSize) {
        String fn = "ParseInt";
        if (s.isEmpty()) {
            return new IntResult(0, NumError.syntax(fn, s));
        }
        boolean neg = s.charAt(0) == '-';
        String digits = s.charAt(0) == '+' || neg ? s.substring(1) : s;
        IntResult u = parseUint(digits, base, bitSize, fn);
        if (u.error() != null && !u.error().isRange()) {
            return new IntResult(0, new NumError(fn, s, u.error().reason()));
        }
        int size = bitSize == 0 ? INT_SIZE : bitSize;
        long cutoff = 1L << (size - 1);
        if (!neg && Long.compareUnsigned(u.value(), cutoff) >= 0) {
            return new IntResult(cutoff - 1, NumError.range(fn, s));
        }
        if (neg && Long.compareUnsigned(u.value(), cutoff) > 0) {
            return new IntResult(-cutoff, NumError.range(fn, s));
        }
        return new IntResult(neg ? -u.value() : u.value(), null);
    }

    /** strconv.Atoi: ParseInt(s, 10, 0) whose errors name Atoi. */
    public static IntResult atoi(String s) {
        IntResult r = parseInt(s, 10, 0);
        if (r.error() == null) {
            return r;
        }
        NumError e = r.error();
        return new IntResult(r.value(), new NumError("Atoi", e.num(), e.reason()));
    }

    /** strconv.ParseBool: 1 t T TRUE true True, 0 f F FALSE false False. */
    public static BoolResult parseBool(String s) {
        switch (s) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True":
                return new BoolResult(true, null);
            case "0": case "f": case "F": case "FALSE": case "false": case "False":
                return new BoolResult(false, null);
            default:
                return new BoolResult(false, NumError.syntax("ParseBool", s));
        }
    }

    private static IntResult parseUint(String s0, int base0, int bitSize, String fn) {
        if (s0.isEmpty()) {
            return new IntResult(0, NumError.syntax(fn, s0));
        }
        String s = s0;
        int base = base0;
        if (base == 0) {
            int[] prefix = basePrefix(s);
            base = prefix[0];
            s = s.substring(prefix[1]);
        } else if (base < 2 || base > 36) {
            return new IntResult(0, new NumError(fn, s0, "invalid base " + base0));
        }
        if (bitSize < 0 || bitSize > 64) {
            return new IntResult(0, new NumError(fn, s0, "invalid bit size " + bitSize));
        }
        int size = bitSize == 0 ? INT_SIZE : bitSize;
        long maxVal = size == 64 ? -1L : (1L << size) - 1;
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && base0 == 0) {
                underscores = true;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= base) {
                return new IntResult(0, NumError.syntax(fn, s0));
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                return new IntResult(maxVal, NumError.range(fn, s0));
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                return new IntResult(maxVal, NumError.range(fn, s0));
            }
            n = n1;
        }
        if (underscores && !Underscores.ok(s0)) {
            return new IntResult(0, NumError.syntax(fn, s0));
        }
        return new IntResult(n, null);
    }

    /**
     * The base a base-0 input selects and the length of its prefix: {2|8|16, 2} for 0b, 0o, 0x followed by at
     * least one byte, {8, 1} for any other leading 0, {10, 0} otherwise.
     */
    private static int[] basePrefix(String s) {
        if (s.charAt(0) != '0') {
            return new int[] {10, 0};
        }
        if (s.length() >= 3) {
            switch (lower(s.charAt(1))) {
                case 'b':
                    return new int[] {2, 2};
                case 'o':
                    return new int[] {8, 2};
                case 'x':
                    return new int[] {16, 2};
                default:
                    break;
            }
        }
        return new int[] {8, 1};
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char l = lower(c);
        return l >= 'a' && l <= 'z' ? l - 'a' + 10 : -1;
    }

    static char lower(char c) {
        return (char) (c | ('x' - 'X'));
    }
}
