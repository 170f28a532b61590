package defercheck.check;

import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Type;
import java.util.Map;

/** The universe scope of the subset, and the members of the importable packages. */
final class Universe {

    static final Scope SCOPE = new Scope(null);

    /** Members of fmt, os and runtime that the machines implement. */
    static final Map<String, Builtin> MEMBERS = Map.of(
            "fmt.Print", Builtin.FMT_PRINT, "fmt.Println", Builtin.FMT_PRINTLN,
            "fmt.Sprint", Builtin.FMT_SPRINT, "fmt.Sprintln", Builtin.FMT_SPRINTLN, "fmt.Sprintf", Builtin.FMT_SPRINTF,
            "runtime.Goexit", Builtin.RUNTIME_GOEXIT, "runtime.Breakpoint", Builtin.RUNTIME_BREAKPOINT,
            "os.Exit", Builtin.OS_EXIT);

    static {
        SCOPE.insert(new TypeObj("int", Type.INT));
        SCOPE.insert(new TypeObj("string", Type.STRING));
        SCOPE.insert(new TypeObj("bool", Type.BOOL));
        SCOPE.insert(new TypeObj("any", Type.ANY));
        SCOPE.insert(new TypeObj("error", Type.ERROR));
        SCOPE.insert(new ConstObj("true", new Constant.BoolConst(true)));
        SCOPE.insert(new ConstObj("false", new Constant.BoolConst(false)));
        SCOPE.insert(new NilObj("nil"));
        SCOPE.insert(new BuiltinObj("print", Builtin.PRINT));
        SCOPE.insert(new BuiltinObj("println", Builtin.PRINTLN));
        SCOPE.insert(new BuiltinObj("panic", Builtin.PANIC));
        SCOPE.insert(new BuiltinObj("recover", Builtin.RECOVER));
        for (String name : new String[] {"append", "cap", "clear", "close", "complex", "copy", "delete", "imag",
                "len", "make", "max", "min", "new", "real", "iota"}) {
            SCOPE.insert(new BuiltinObj(name, null));
        }
    }

    private Universe() {
    }
}
