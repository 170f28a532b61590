package defercheck.coreprogram;

import java.util.List;

/**
 * A program of the core calculus: {@code functions.get(0)} is {@code main} (no result), the rest are
 * {@code f1..fN}. Immutable, compared by value; the enumerator hands out canonical ones.
 */
public record CoreProgram(List<CoreFunction> functions) {

    public CoreProgram {
        functions = List.copyOf(functions);
        if (functions.isEmpty() || functions.get(0).result() != ResultKind.NONE) {
            throw new IllegalArgumentException("a core program starts with main, which has no result");
        }
    }

    public CoreFunction function(int id) {
        return functions.get(id);
    }

    /** Whether some body starts a goroutine or waits for them (then the program has a WaitGroup {@code wg}). */
    public boolean hasGoroutines() {
        return Uses.of(this).sync();
    }

    /** The name Go source uses for function {@code id}. */
    public static String name(int id) {
        return id == 0 ? "main" : "f" + id;
    }
}
