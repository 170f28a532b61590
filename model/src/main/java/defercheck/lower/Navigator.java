package defercheck.lower;

import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.source.Span;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a path of embedded fields from a struct value or from a pointer to one, as promoted fields and methods
 * need: through a pointer it takes field addresses, from a value it extracts fields; an embedded pointer field
 * on the way becomes the pointer the walk continues from.
 */
final class Navigator {

    private final Consumer<Instr> out;
    private final Span at;
    private Type type;
    private boolean pointer;

    Navigator(Consumer<Instr> out, Span at) {
        this.out = out;
        this.at = at;
    }

    /** The stack holds a pointer to a value of {@code pointee}. */
    void startPointer(Type pointee) {
        type = pointee;
        pointer = true;
    }

    /** The stack holds a value of {@code t}. */
    void startValue(Type t) {
        type = t;
        pointer = false;
    }

    void walk(List<Integer> path) {
        for (int i : path) {
            Type.Field fd = ((Type.Struct) type.underlying()).fields().get(i);
            if (pointer) {
                out.accept(new Instr.FieldAddr(i, new Type.Pointer(fd.type()), at));
                if (fd.type().underlying() instanceof Type.Pointer p) {
                    out.accept(new Instr.Deref(at));
                    type = p.elem();
                } else {
                    type = fd.type();
                }
            } else {
                out.accept(new Instr.Field(i, at));
                if (fd.type().underlying() instanceof Type.Pointer p) {
                    type = p.elem();
                    pointer = true;
                } else {
                    type = fd.type();
                }
            }
        }
    }

    /** Leaves the value (loading through the pointer, which faults when nil). */
    void toValue() {
        if (pointer) {
            out.accept(new Instr.Deref(at));
            pointer = false;
        }
    }

    /** Leaves the pointer; the walk must have one. */
    void toPointer() {
        if (!pointer) {
            throw new AssertionError("a pointer receiver needs an addressable operand");
        }
    }
}
