package defercheck.lib.fmt;

/**
 * One value as fmt sees it through reflection: its dynamic type's name, its kind and contents, and which of
 * the interfaces fmt looks for (error, Stringer, GoStringer) its type implements. The caller builds operands
 * from its own values; the engine never calls Go code. When fmt would call a method, the engine stops and
 * asks for the call ({@link Formatted.NeedsCall}); see {@link Fmt}.
 *
 * <p>The families follow reflect's kinds. Strings and byte slices are byte strings (chars 0..255).
 */
public sealed interface Operand permits Operand.Nil, Operand.Bool, Operand.Int, Operand.Float, Operand.Complex,
        Operand.Str, Operand.Sequence, Operand.Struct, Operand.Map, Operand.Pointer, Operand.NilInterface,
        Operand.Opaque {

    /** reflect.Type.String() of the dynamic type, e.g. "int", "main.T", "[]uint8", "*main.T"; null for nil. */
    String type();

    /** The methods fmt may call; {@link Methods#NONE} for types without them. */
    Methods methods();

    /** The untyped nil interface value (a nil argument): {@code <nil>}. */
    record Nil() implements Operand {
        @Override
        public String type() {
            return null;
        }

        @Override
        public Methods methods() {
            return Methods.NONE;
        }
    }

    /** A value of boolean kind. */
    record Bool(String type, boolean value, Methods methods) implements Operand {
    }

    /**
     * A value of integer kind: int, int8..int64 (signed, {@code bits} is the value) or uint, uint8..uint64,
     * uintptr ({@code bits} is the uint64's bits).
     */
    record Int(String type, long bits, boolean signed, Methods methods) implements Operand {
    }

    /** A float32 (bitSize 32, value exactly representable as float32) or float64. */
    record Float(String type, double value, int bitSize, Methods methods) implements Operand {
    }

    /** A complex64 (bitSize 64) or complex128 (bitSize 128). */
    record Complex(String type, double re, double im, int bitSize, Methods methods) implements Operand {
    }

    /** A value of string kind (a byte string). */
    record Str(String type, String value, Methods methods) implements Operand {
    }

    /**
     * An array or slice. {@code byteElements} says the element kind is uint8 (then %s %q %x %X print the
     * bytes as a string); {@code nil} is a nil slice; {@code address} is a slice's data pointer (for %p).
     */
    record Sequence(String type, boolean array, boolean nil, boolean byteElements, java.util.List<Operand> elements,
            long address, Methods methods) implements Operand {
        public Sequence {
            elements = java.util.List.copyOf(elements);
        }
    }

    /** A struct; each field with its name (an embedded field's name is its type's name). */
    record Struct(String type, java.util.List<Field> fields, Methods methods) implements Operand {
        public Struct {
            fields = java.util.List.copyOf(fields);
        }
    }

    /**
     * A map, entries in any order (fmt sorts them by key, see {@link MapKeyOrder}); {@code nil} for a nil map;
     * {@code address} for %p.
     */
    record Map(String type, boolean nil, java.util.List<Entry> entries, long address, Methods methods)
            implements Operand {
        public Map {
            entries = java.util.List.copyOf(entries);
        }
    }

    /** A pointer: its address (0 for nil) and, when not nil, what it points to. */
    record Pointer(String type, long address, Operand target, Methods methods) implements Operand {
    }

    /**
     * A nil value of an interface type met inside a composite value (a field or element): prints as
     * {@code <nil>}, or {@code TYPE(nil)} with %#v. A non-nil interface is given as its dynamic value.
     */
    record NilInterface(String type) implements Operand {
        @Override
        public Methods methods() {
            return Methods.NONE;
        }
    }

    /** A func, chan or unsafe.Pointer value: formatted by its address like a pointer. */
    record Opaque(String type, long address, Methods methods) implements Operand {
    }

    /** A struct field. */
    record Field(String name, Operand value) {
    }

    /** A map entry. */
    record Entry(Operand key, Operand value) {
    }

    /** The operand of a []byte (or other byte sequence) holding {@code bytes}. */
    static Sequence bytes(String type, String bytes, boolean nil) {
        java.util.List<Operand> elements = new java.util.ArrayList<>(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            elements.add(new Int("uint8", bytes.charAt(i), false, Methods.NONE));
        }
        return new Sequence(type, false, nil, true, elements, 0, Methods.NONE);
    }
}
