package defercheck.semantics.natives;

import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;

/** Package runtime's natives (declarations: resources/defercheck/lib/decl/runtime.go); the rest are builtins. */
public final class RuntimeNatives implements NativePackage {

    @Override
    public String path() {
        return "runtime";
    }

    @Override
    public void register(NativeTable t) {
        t.step("runtime.KeepAlive", a -> a.done());
        // the machines run one goroutine, main's
        t.step("runtime.NumGoroutine", a -> a.done(1L));
    }
}
