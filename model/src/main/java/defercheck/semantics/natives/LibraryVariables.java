package defercheck.semantics.natives;

import defercheck.ir.Global;
import defercheck.semantics.Host;
import defercheck.semantics.Value;
import java.util.List;

/** Library package variables as natives read and write them: the program's globals named by their nativeInit. */
final class LibraryVariables {

    private LibraryVariables() {
    }

    private static int index(Host h, String name) {
        List<Global> globals = h.program().globals();
        for (int i = 0; i < globals.size(); i++) {
            if (name.equals(globals.get(i).nativeInit())) {
                return i;
            }
        }
        throw new IllegalStateException("no library variable " + name + " in the program");
    }

    /** The current value of {@code name} ({@code strconv.ErrSyntax}): a program may have assigned it. */
    static Value get(Host h, String name) {
        return h.globals()[index(h, name)];
    }

    static void set(Host h, String name, Value v) {
        h.globals()[index(h, name)] = v;
    }
}
