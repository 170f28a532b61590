package defercheck.lib.sort;

/** What one run of a frame ends in: a request to the caller, a call of another routine, or a return. */
sealed interface Effect {

    /** Asks the caller for {@code Less(i, j)} or {@code Swap(i, j)}; the frame continues as {@code resume}. */
    record Ask(boolean swap, int i, int j, Frame resume) implements Effect {
    }

    /** Calls {@code callee}; when it returns, the frame continues as {@code resume}. */
    record Call(Frame resume, Frame callee) implements Effect {
    }

    /** Returns to the calling frame with a value and a flag (0 or 1). */
    record Return(int value, int flag) implements Effect {
    }

    static Effect less(int i, int j, Frame resume) {
        return new Ask(false, i, j, resume);
    }

    static Effect swap(int i, int j, Frame resume) {
        return new Ask(true, i, j, resume);
    }

    static Effect call(Frame resume, Frame callee) {
        return new Call(resume, callee);
    }

    /** The return of a routine without results; flag 1 so that a finished sort ends in {@code Done(true)}. */
    static Effect done() {
        return new Return(0, 1);
    }

    static Effect ret(int value, boolean flag) {
        return new Return(value, flag ? 1 : 0);
    }
}
