package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The universe scope (Go spec "Predeclared identifiers"), and the members of the importable packages. */
final class Universe {

    static final Scope SCOPE = new Scope(null);

    /** {@code iota}: its value is the index of the constant spec being checked. */
    static final ConstObj IOTA = new ConstObj("iota", null, Type.UNTYPED_INT);

    /** {@code comparable}: the constraint satisfied by the comparable types. */
    static final Type.Interface COMPARABLE = new Type.Interface(List.of(), null, true);

    /** Members of fmt, os and runtime that the machines implement. */
    static final Map<String, Builtin> MEMBERS = Map.ofEntries(
            Map.entry("fmt.Print", Builtin.FMT_PRINT), Map.entry("fmt.Println", Builtin.FMT_PRINTLN),
            Map.entry("fmt.Sprint", Builtin.FMT_SPRINT), Map.entry("fmt.Sprintln", Builtin.FMT_SPRINTLN),
            Map.entry("fmt.Sprintf", Builtin.FMT_SPRINTF), Map.entry("fmt.Printf", Builtin.FMT_PRINTF),
            Map.entry("runtime.Goexit", Builtin.RUNTIME_GOEXIT), Map.entry("runtime.Breakpoint", Builtin.RUNTIME_BREAKPOINT),
            Map.entry("runtime.GC", Builtin.RUNTIME_GC), Map.entry("runtime.Gosched", Builtin.RUNTIME_GOSCHED),
            Map.entry("os.Exit", Builtin.OS_EXIT));

    /** The exported names of the packages whose full list the model knows (others: any exported name may exist). */
    private static final Map<String, Set<String>> EXPORTS = Map.of("fmt", Set.of("Append", "Appendf", "Appendln",
            "Errorf", "FormatString", "Formatter", "Fprint", "Fprintf", "Fprintln", "Fscan", "Fscanf", "Fscanln",
            "GoStringer", "Print", "Printf", "Println", "Scan", "ScanState", "Scanf", "Scanln", "Scanner", "Sprint",
            "Sprintf", "Sprintln", "Sscan", "Sscanf", "Sscanln", "State", "Stringer"));

    /** fmt.Stringer and fmt.GoStringer: interfaces of one method {@code func() string}. */
    private static final Map<String, Type.Named> LIBRARY_TYPES = Map.of(
            "fmt.Stringer", stringInterface("Stringer", "String"),
            "fmt.GoStringer", stringInterface("GoStringer", "GoString"));

    private static Type.Named stringInterface(String name, String method) {
        Type.Named n = new Type.Named(name, "fmt", defercheck.source.Span.NONE, List.of(), 0);
        n.setUnderlying(new Type.Interface(List.of(new Type.Method(method,
                new Type.Func(List.of(), List.of(Type.STRING)))), null, false));
        return n;
    }

    /** A library package's type the model knows ({@code fmt.Stringer}), or null. */
    static Type libraryType(String qualified) {
        return LIBRARY_TYPES.get(qualified);
    }

    /** Whether package {@code path} has an exported member {@code name} (so that a missing one is "undefined"). */
    static boolean exists(String path, String name) {
        Set<String> names = EXPORTS.get(path);
        return names == null || names.contains(name);
    }

    static {
        for (Type.Basic b : List.of(Type.BOOL, Type.INT, Type.INT8, Type.INT16, Type.INT32, Type.INT64, Type.UINT,
                Type.UINT8, Type.UINT16, Type.UINT32, Type.UINT64, Type.UINTPTR, Type.FLOAT32, Type.FLOAT64,
                Type.COMPLEX64, Type.COMPLEX128, Type.STRING, Type.BYTE, Type.RUNE)) {
            SCOPE.insert(new TypeObj(b.toString(), b));
        }
        SCOPE.insert(new TypeObj("any", Type.ANY));
        SCOPE.insert(new TypeObj("error", Type.ERROR));
        SCOPE.insert(new TypeObj("comparable", COMPARABLE));
        SCOPE.insert(new ConstObj("true", new ConstValue.BoolVal(true), Type.UNTYPED_BOOL));
        SCOPE.insert(new ConstObj("false", new ConstValue.BoolVal(false), Type.UNTYPED_BOOL));
        SCOPE.insert(IOTA);
        SCOPE.insert(new NilObj("nil"));
        Builtin[] funcs = {Builtin.PRINT, Builtin.PRINTLN, Builtin.PANIC, Builtin.RECOVER, Builtin.LEN, Builtin.CAP,
            Builtin.APPEND, Builtin.COPY, Builtin.DELETE, Builtin.CLEAR, Builtin.CLOSE, Builtin.COMPLEX, Builtin.REAL,
            Builtin.IMAG, Builtin.MIN, Builtin.MAX};
        for (Builtin b : funcs) {
            SCOPE.insert(new BuiltinObj(b.goName(), b));
        }
        SCOPE.insert(new BuiltinObj("new", null));
        SCOPE.insert(new BuiltinObj("make", null));
    }

    private Universe() {
    }
}
