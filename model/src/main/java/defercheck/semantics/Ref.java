package defercheck.semantics;

/**
 * An addressable location a pointer points to: a variable ({@link Box}) or one slot of a container's storage
 * ({@link Cell}: a struct field, an array or slice element, a package variable), or the part of a slice's
 * backing array an array pointer converted from the slice points to ({@link ArrayWindow}). Equal refs are the
 * same location.
 */
public sealed interface Ref permits Box, Cell, ArrayWindow {

    Value load();

    /** Stores {@code v}; a struct or array already there is assigned into, so pointers into it stay valid. */
    void store(Value v);
}
