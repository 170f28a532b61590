package defercheck.runtime;

import defercheck.semantics.PanicRecord;
import defercheck.semantics.Value;

/**
 * One {@code runtime._panic}. The common fields ({@code arg}, {@code link}, {@code argp}, {@code recovered},
 * {@code aborted}, {@code goexit}) exist in every version used here; the 1.22 fields ({@code startSP},
 * the current frame, {@code deferBitsPtr}, {@code retpc}, {@code deferreturn}) only matter to the panic loop.
 * {@code argp} is the model's argument pointer: the depth of the frame the runtime called the deferred
 * function in (-1 for nil), which is what runtime.gorecover compares.
 */
public final class RuntimePanic implements defercheck.semantics.PreprintPanics.Arg {
    final Value arg;
    final boolean goexit;
    final int serial;
    RuntimePanic link;
    int argp = -1;
    /** Depth of the frame whose gopanic/Goexit loop runs this panic: where deferCallSave's pc/sp lead back. */
    int loopDepth = -1;
    boolean recovered;
    boolean aborted;
    /** runtime.preprintpanics' text of {@code arg}, or null. */
    String printed;

    // Go 1.22+ (_panic.start, nextDefer, nextFrame)
    boolean deferreturn;
    /** Depth of the frame that called gopanic/Goexit/deferreturn: stands for startSP. */
    int startDepth;
    /** The frame whose defers are being run: stands for p.sp. */
    int frameDepth = -1;
    /** The next frame nextFrame looks at (p.lr); -1 once the unwinder has nothing left (lr == 0). */
    int lrDepth = -1;
    /** p.deferBitsPtr/p.slotsPtr: the open-coded frame being drained, or null. */
    GoFrame deferBits;
    /** p.retpc: where recovery resumes in the frame ({@link DeferRecord#pc} or a deferreturn segment). */
    String retpc;

    RuntimePanic(Value arg, boolean goexit, int serial) {
        this.arg = arg;
        this.goexit = goexit;
        this.serial = serial;
    }

    /** The abstract panic record this corresponds to, for the shared crash printer. */
    PanicRecord toRecord(int depth) {
        PanicRecord r = new PanicRecord(arg, goexit, depth, serial);
        if (recovered) {
            r.markRecovered();
        }
        r.setPrinted(printed);
        return r;
    }

    @Override
    public Value value() {
        return arg;
    }

    @Override
    public boolean goexit() {
        return goexit;
    }

    @Override
    public String printed() {
        return printed;
    }

    @Override
    public void setPrinted(String text) {
        printed = text;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("_panic#").append(serial).append('{')
                .append(goexit ? "goexit" : deferreturn ? "deferreturn" : "arg=" + defercheck.semantics.ValueFormat.debug(arg));
        if (recovered) {
            sb.append(" recovered");
        }
        if (aborted) {
            sb.append(" aborted");
        }
        sb.append(" argp=").append(argp < 0 ? "nil" : Sp.hex(Sp.of(argp)));
        if (frameDepth >= 0) {
            sb.append(" sp=").append(Sp.hex(Sp.of(frameDepth)));
        }
        if (deferBits != null) {
            sb.append(" deferBitsPtr=&").append(deferBits.name()).append(".deferBits");
        }
        return sb.append('}').toString();
    }
}
