package defercheck.semantics.natives;

import defercheck.ir.Builtin;
import defercheck.semantics.Host;
import defercheck.semantics.NativeCall;
import defercheck.semantics.Natives;
import defercheck.semantics.Value;
import java.util.List;

/** fmt's formatting as a part of another native's call (log's lines), with the method calls fmt makes. */
final class Formatting {

    /** fmt.Sprint, Sprintf (the format first) or Sprintln. */
    enum Form { SPRINT, SPRINTF, SPRINTLN }

    private Formatting() {
    }

    /** A native call whose Done result is the formatted text. */
    static NativeCall start(Form form, List<Value> args, Host host) {
        Builtin b = switch (form) {
            case SPRINT -> Builtin.FMT_SPRINT;
            case SPRINTF -> Builtin.FMT_SPRINTF;
            case SPRINTLN -> Builtin.FMT_SPRINTLN;
        };
        return Natives.sprint(b, args, host);
    }
}
