package defercheck.semantics.natives;

import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;

/** Package os (declarations: resources/defercheck/lib/decl/os.go): standard output and error as *os.File. */
public final class OsNatives implements NativePackage {

    @Override
    public String path() {
        return "os";
    }

    @Override
    public void register(NativeTable t) {
        t.global("os.Stdout", (program, version) -> file(program, 1));
        t.global("os.Stderr", (program, version) -> file(program, 2));
        t.step("os.(*File).Write", a -> write(a, a.byteString(1)));
        t.step("os.(*File).WriteString", a -> write(a, a.string(1)));
    }

    private static Value file(Program program, int fd) {
        Value inner = NativeArgs.pointerTo(new Value.StructValue(program.libraryType("os.file"),
                new Value[] {new Value.IntValue(Type.INT, fd)}));
        return NativeArgs.pointerTo(new Value.StructValue(program.libraryType("os.File"), new Value[] {inner}));
    }

    /**
     * A write of all of {@code text} to standard output or error. A nil or zero File (os.ErrInvalid in Go) is
     * not modelled.
     */
    private static NativeCall.Step write(NativeArgs a, String text) {
        long fd = 0;
        if (a.arg(0) instanceof Value.PointerValue && NativeArgs.fieldOf(a.arg(0), 0) instanceof Value.PointerValue inner) {
            fd = ((Value.IntValue) NativeArgs.fieldOf(inner, 0)).value();
        }
        if (fd != 1 && fd != 2) {
            return new NativeCall.Step.Refused("a write to an os.File other than os.Stdout and os.Stderr");
        }
        return a.write(fd == 2, text, (long) text.length(), null);
    }
}
