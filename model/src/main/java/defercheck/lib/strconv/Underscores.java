package defercheck.lib.strconv;

/**
 * The underscore rule of Go number literals, as strconv applies it to base-0 integers and to floats: an
 * underscore must sit between two digits, or between a base prefix and a digit.
 */
final class Underscores {

    private Underscores() {
    }

    static boolean ok(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0' && "box".indexOf(IntParse.lower(s.charAt(1))) >= 0) {
            i = 2;
            saw = '0';
            hex = IntParse.lower(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = IntParse.lower(c);
            if (c >= '0' && c <= '9' || hex && l >= 'a' && l <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
