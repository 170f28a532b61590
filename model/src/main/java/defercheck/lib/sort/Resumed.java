package defercheck.lib.sort;

/**
 * What a frame resumes with: the answer of the less call it asked for, or the results of the routine it
 * called (a routine returns at most an int and a flag, as partition's {@code (newpivot, alreadyPartitioned)}).
 */
record Resumed(boolean less, int value, int flag) {

    static final Resumed NOTHING = new Resumed(false, 0, 0);

    static Resumed less(boolean less) {
        return new Resumed(less, 0, 0);
    }

    static Resumed returned(int value, int flag) {
        return new Resumed(false, value, flag);
    }
}
