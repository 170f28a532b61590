package defercheck.ir;

/** Where a closure takes a captured variable from when it is created. Captures are by reference (the box). */
public sealed interface Capture {

    /** The box held by a boxed slot of the creating frame. */
    record FromLocal(int slot) implements Capture { }

    /** A variable the creating closure itself captured. */
    record FromCaptured(int index) implements Capture { }
}
