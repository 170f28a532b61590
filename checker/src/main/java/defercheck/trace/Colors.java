package defercheck.trace;

/** ANSI colour, or none: {@code --color=always|never|auto}, where auto means "stdout is a terminal". */
public final class Colors {
    private final boolean on;

    private Colors(boolean on) {
        this.on = on;
    }

    public static Colors of(String mode) {
        return switch (mode) {
            case "always" -> new Colors(true);
            case "never" -> new Colors(false);
            case "auto" -> new Colors(System.console() != null);
            default -> throw new IllegalArgumentException("--color must be always, never or auto, not '" + mode + "'");
        };
    }

    String bold(String s) {
        return wrap("1", s);
    }

    String dim(String s) {
        return wrap("2", s);
    }

    String red(String s) {
        return wrap("31", s);
    }

    String green(String s) {
        return wrap("32", s);
    }

    String yellow(String s) {
        return wrap("33", s);
    }

    String cyan(String s) {
        return wrap("36", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
