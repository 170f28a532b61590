package defercheck.ir;

/** The predeclared and library functions of the subset that the machines implement directly. */
public enum Builtin {
    PRINT("print"),
    PRINTLN("println"),
    PANIC("panic"),
    RECOVER("recover"),
    FMT_PRINT("fmt.Print"),
    FMT_PRINTLN("fmt.Println"),
    FMT_SPRINT("fmt.Sprint"),
    FMT_SPRINTLN("fmt.Sprintln"),
    FMT_SPRINTF("fmt.Sprintf"),
    RUNTIME_GOEXIT("runtime.Goexit"),
    RUNTIME_BREAKPOINT("runtime.Breakpoint"),
    OS_EXIT("os.Exit");

    private final String goName;

    Builtin(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }
}
