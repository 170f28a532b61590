package defercheck.semantics;

/**
 * One entry of the goroutine's panic stack (the runtime's {@code _panic}). {@code raisedDepth} is the
 * depth of the frame that called panic or Goexit: recovery into frame F drops every record raised at
 * F's depth or deeper. Mutable: recover() marks it, recovery aborts it.
 */
public final class PanicRecord implements PreprintPanics.Arg {
    private final Value value;
    private final boolean goexit;
    private final int raisedDepth;
    private final int serial;
    private boolean recovered;
    private String printed;

    public PanicRecord(Value value, boolean goexit, int raisedDepth, int serial) {
        this.value = value;
        this.goexit = goexit;
        this.raisedDepth = raisedDepth;
        this.serial = serial;
    }

    @Override
    public Value value() {
        return value;
    }

    @Override
    public boolean goexit() {
        return goexit;
    }

    public int raisedDepth() {
        return raisedDepth;
    }

    /** 1 for the goroutine's first panic, 2 for the next: names the record in traces. */
    public int serial() {
        return serial;
    }

    /** What runtime.preprintpanics made of the value (its Error or String method's result), or null. */
    @Override
    public String printed() {
        return printed;
    }

    @Override
    public void setPrinted(String text) {
        printed = text;
    }

    public boolean recovered() {
        return recovered;
    }

    public void markRecovered() {
        recovered = true;
    }

    public String describe() {
        String what = goexit ? "Goexit" : "panic(" + ValueFormat.debug(value) + ")";
        return "#" + serial + " " + what + (recovered ? " [recovered]" : "");
    }
}
