package defercheck.semantics;

import defercheck.ir.Instr;
import defercheck.ir.Type;
import defercheck.semantics.Value.ArrayValue;
import defercheck.semantics.Value.IntValue;
import defercheck.semantics.Value.NilValue;
import defercheck.semantics.Value.PointerValue;
import defercheck.semantics.Value.SliceValue;
import defercheck.semantics.Value.StringValue;
import defercheck.semantics.Value.StructValue;

/**
 * Addressable storage: pointers to variables, fields and elements, loads (which copy structs and arrays) and
 * stores (which assign into them), and building composite values. The faults are Go's: a nil pointer is a
 * SIGSEGV turned into a panic, an index out of range a bounds error.
 */
final class Memory {
    private final Host machine;

    Memory(Host machine) {
        this.machine = machine;
    }

    /** Handles the memory instructions; false for any other. */
    boolean execute(Frame f, Instr in) {
        if (in instanceof Instr.Deref d) {
            Value p = f.pop();
            if (p instanceof PointerValue pv) {
                f.push(Values.copy(pv.target().load()));
            } else {
                RuntimeErrors.nilDereference(machine, f, d.span());
            }
        } else if (in instanceof Instr.Store s) {
            Value p = f.pop();
            Value v = f.pop();
            if (p instanceof PointerValue pv) {
                pv.target().store(v);
            } else {
                RuntimeErrors.nilDereference(machine, f, s.span());
            }
        } else if (in instanceof Instr.AddressOfGlobal g) {
            f.push(new PointerValue(g.type(), new Cell(machine.globals(), g.global())));
        } else if (in instanceof Instr.FieldAddr a) {
            fieldAddr(f, a);
        } else if (in instanceof Instr.Field fl) {
            f.push(Values.copy(((StructValue) f.pop()).fields()[fl.field()]));
        } else if (in instanceof Instr.IndexAddr a) {
            indexAddr(f, a);
        } else if (in instanceof Instr.Index ix) {
            index(f, ix);
        } else if (in instanceof Instr.New n) {
            f.push(new PointerValue(new Type.Pointer(n.elem()), new Box(Zero.of(n.elem()))));
        } else if (in instanceof Instr.HeapAlloc h) {
            f.push(new PointerValue(h.type(), new Box(f.pop())));
        } else if (in instanceof Instr.CompositeSet c) {
            Value v = f.pop();
            Value target = f.pop();
            Value[] slots = target instanceof StructValue s ? s.fields() : ((ArrayValue) target).elements();
            slots[c.index()] = v;
            f.push(target);
        } else if (in instanceof Instr.NilCheck c) {
            Value p = f.pop();
            if (p instanceof PointerValue) {
                f.push(p);
            } else {
                RuntimeErrors.nilDereference(machine, f, c.span());
            }
        } else if (in instanceof Instr.SliceToArray s) {
            sliceToArray(f, s);
        } else if (in instanceof Instr.SliceOfArray s) {
            ArrayValue a = (ArrayValue) f.pop();
            int n = a.elements().length;
            f.push(new SliceValue(s.type(), a.elements(), 0, n, n));
        } else {
            return false;
        }
        return true;
    }

    private void fieldAddr(Frame f, Instr.FieldAddr a) {
        Value p = f.pop();
        if (!(p instanceof PointerValue pv)) {
            RuntimeErrors.nilDereference(machine, f, a.span());
            return;
        }
        StructValue s = (StructValue) pv.target().load();
        f.push(new PointerValue(a.type(), new Cell(s.fields(), a.field())));
    }

    private void indexAddr(Frame f, Instr.IndexAddr a) {
        IntValue i = (IntValue) f.pop();
        Value x = f.pop();
        Value[] slots;
        int offset = 0;
        int length;
        if (x instanceof SliceValue s) {
            slots = s.array();
            offset = s.offset();
            length = s.len();
        } else if (x instanceof PointerValue pv && pv.target() instanceof ArrayWindow w) {
            slots = w.slots();
            offset = w.offset();
            length = w.length();
        } else if (x instanceof PointerValue pv) {
            ArrayValue arr = (ArrayValue) pv.target().load();
            slots = arr.elements();
            length = slots.length;
        } else if (x instanceof NilValue n && n.type().underlying() instanceof Type.Slice) {
            RuntimeErrors.bounds(machine, f, RuntimeErrors.Bounds.INDEX, i, 0, a.span());
            return;
        } else {
            RuntimeErrors.nilDereference(machine, f, a.span());
            return;
        }
        if (!RuntimeErrors.inRange(i, length)) {
            RuntimeErrors.bounds(machine, f, RuntimeErrors.Bounds.INDEX, i, length, a.span());
            return;
        }
        f.push(new PointerValue(a.type(), new Cell(slots, offset + (int) i.value())));
    }

    /**
     * A slice to an array pointer (sharing its elements) or to an array (a copy): runtime.panicSliceConvert when
     * the slice is shorter; a nil slice gives a nil pointer.
     */
    private void sliceToArray(Frame f, Instr.SliceToArray s) {
        Value x = f.pop();
        Type u = s.target().underlying();
        Type arrayType = u instanceof Type.Pointer p ? p.elem() : s.target();
        int n = (int) ((Type.Array) arrayType.underlying()).length();
        int len = x instanceof SliceValue sl ? sl.len() : 0;
        if (len < n) {
            RuntimeErrors.sliceConvert(machine, f, len, n, s.span());
            return;
        }
        if (u instanceof Type.Pointer) {
            f.push(x instanceof SliceValue sl ? new PointerValue(s.target(), new ArrayWindow(arrayType, sl.array(),
                    sl.offset(), n)) : new NilValue(s.target()));
            return;
        }
        Value[] elements = new Value[n];
        for (int i = 0; i < n; i++) {
            elements[i] = Values.copy(((SliceValue) x).get(i));
        }
        f.push(new ArrayValue(s.target(), elements));
    }

    private void index(Frame f, Instr.Index ix) {
        IntValue i = (IntValue) f.pop();
        Value x = f.pop();
        int length = x instanceof StringValue s ? s.value().length() : x instanceof ArrayValue a ? a.elements().length
                : x instanceof SliceValue sl ? sl.len() : 0;
        if (!RuntimeErrors.inRange(i, length)) {
            RuntimeErrors.bounds(machine, f, RuntimeErrors.Bounds.INDEX, i, length, ix.span());
            return;
        }
        int at = (int) i.value();
        if (x instanceof StringValue s) {
            f.push(new IntValue(Type.UINT8, s.value().charAt(at)));
        } else if (x instanceof ArrayValue a) {
            f.push(Values.copy(a.elements()[at]));
        } else {
            f.push(Values.copy(((SliceValue) x).get(at)));
        }
    }
}
