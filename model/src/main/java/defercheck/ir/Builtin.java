package defercheck.ir;

/**
 * The predeclared functions and the library functions that the machines implement directly, each taking its
 * evaluated arguments from the operand stack (a deferred one runs in the runtime's wrapper). Builtins that need
 * a type operand ({@code new}, {@code make}) have their own instructions.
 */
public enum Builtin {
    PRINT("print"),
    PRINTLN("println"),
    PANIC("panic"),
    RECOVER("recover"),
    LEN("len"),
    CAP("cap"),
    APPEND("append"),
    COPY("copy"),
    DELETE("delete"),
    CLEAR("clear"),
    CLOSE("close"),
    COMPLEX("complex"),
    REAL("real"),
    IMAG("imag"),
    MIN("min"),
    MAX("max"),
    FMT_PRINT("fmt.Print"),
    FMT_PRINTLN("fmt.Println"),
    FMT_SPRINT("fmt.Sprint"),
    FMT_SPRINTLN("fmt.Sprintln"),
    FMT_SPRINTF("fmt.Sprintf"),
    FMT_PRINTF("fmt.Printf"),
    RUNTIME_GOEXIT("runtime.Goexit"),
    RUNTIME_BREAKPOINT("runtime.Breakpoint"),
    RUNTIME_GC("runtime.GC"),
    RUNTIME_GOSCHED("runtime.Gosched"),
    OS_EXIT("os.Exit");

    private final String goName;

    Builtin(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }
}
