package defercheck.lib.log;

/** The flag bits of package log (their Go values), and the standard logger's defaults. */
public final class LogFlags {

    public static final int LDATE = 1;
    public static final int LTIME = 2;
    public static final int LMICROSECONDS = 4;
    public static final int LLONGFILE = 8;
    public static final int LSHORTFILE = 16;
    public static final int LUTC = 32;
    public static final int LMSGPREFIX = 64;
    /** log.LstdFlags = Ldate | Ltime: the flags of the standard logger (log.Print etc.) until SetFlags. */
    public static final int LSTD_FLAGS = LDATE | LTIME;

    /** log.Fatal, Fatalf and Fatalln write their line, then call os.Exit(1): deferred calls do not run. */
    public static final int FATAL_EXIT_STATUS = 1;

    private LogFlags() {
    }
}
