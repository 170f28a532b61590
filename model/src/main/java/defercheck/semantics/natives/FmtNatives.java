package defercheck.semantics.natives;

import defercheck.ir.Function;
import defercheck.ir.Type;
import defercheck.lib.fmt.Formatted;
import defercheck.semantics.FmtRun;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Package fmt's natives (declarations: resources/defercheck/lib/decl/fmt.go): Errorf and its error types, and
 * the Fprint family, which formats and then calls the writer's Write method as Go code.
 */
public final class FmtNatives implements NativePackage {

    @Override
    public String path() {
        return "fmt";
    }

    @Override
    public void register(NativeTable t) {
        t.call("fmt.Errorf", a -> new Formatting(a, FmtRun.Kind.ERRORF, 1, FmtNatives::errorf));
        t.call("fmt.Fprint", a -> new Formatting(a, FmtRun.Kind.PRINT, 1, FmtNatives::write));
        t.call("fmt.Fprintln", a -> new Formatting(a, FmtRun.Kind.PRINTLN, 1, FmtNatives::write));
        t.call("fmt.Fprintf", a -> new Formatting(a, FmtRun.Kind.PRINTF, 2, FmtNatives::write));
        t.step("fmt.(*wrapError).Error", a -> a.done(NativeArgs.fieldOf(a.arg(0), 0)));
        t.step("fmt.(*wrapError).Unwrap", a -> a.done(NativeArgs.fieldOf(a.arg(0), 1)));
        t.step("fmt.(*wrapErrors).Error", a -> a.done(NativeArgs.fieldOf(a.arg(0), 0)));
        t.step("fmt.(*wrapErrors).Unwrap", a -> a.done(NativeArgs.fieldOf(a.arg(0), 1)));
    }

    /** What a call does with the finished text: returns at once, or calls Go code (Fprint's Write). */
    private interface Finish {
        NativeCall.Step finish(NativeArgs a, Formatted.Done text, List<Value> operands);
    }

    /** A formatting, then its finish; the Go call a finish makes returns its results as the call's. */
    private static final class Formatting implements NativeCall {
        private final NativeArgs call;
        private final FmtRun run;
        private final Finish finish;
        private final List<Value> operands;
        private boolean finished;

        Formatting(NativeArgs call, FmtRun.Kind kind, int firstOperand, Finish finish) {
            this.call = call;
            this.finish = finish;
            this.operands = call.elements(call.args().size() - 1);
            String format = kind == FmtRun.Kind.PRINTF || kind == FmtRun.Kind.ERRORF
                    ? call.string(firstOperand - 1) : null;
            this.run = new FmtRun(kind, format, operands, call.host());
        }

        @Override
        public Step step(List<Value> results) {
            if (finished) {
                return new Step.Done(results);
            }
            Step s = run.step(results);
            if (s != null) {
                return s;
            }
            finished = true;
            return finish.finish(call, run.done(), operands);
        }
    }

    /** Fprint*: {@code w.Write(p)} with the text; a nil writer faults as Go's interface call does. */
    private static NativeCall.Step write(NativeArgs a, Formatted.Done text, List<Value> operands) {
        Value w = a.arg(0);
        if (w instanceof Value.NilValue) {
            return a.nilDereference();
        }
        Function m = a.method(w, "Write");
        return NativeArgs.callMethod(m, w, List.of(NativeArgs.bytes(text.text())));
    }

    /**
     * Errorf's error (fmt/errors.go): an *errors.errorString without accepted %w; go1.19 wraps its one %w
     * operand in a *fmt.wrapError; from go1.20 one %w makes a *fmt.wrapError (holding nil when the operand is
     * no error) and several a *fmt.wrapErrors of the error operands, sorted when reordered, repeats dropped.
     */
    private static NativeCall.Step errorf(NativeArgs a, Formatted.Done d, List<Value> operands) {
        Value msg = new Value.StringValue(Type.STRING, d.text());
        List<Integer> wrapped = d.wrapped();
        if (wrapped.isEmpty()) {
            return a.done(NativeArgs.pointerTo(new Value.StructValue(a.libraryType("errors.errorString"),
                    new Value[] {msg})));
        }
        if (wrapped.size() == 1 || !a.host().version().atLeast(20)) {
            Value err = operands.get(wrapped.get(0));
            if (!a.holds(err, Type.ERROR)) {
                err = new Value.NilValue(Type.ERROR);
            }
            return a.done(NativeArgs.pointerTo(new Value.StructValue(a.libraryType("fmt.wrapError"),
                    new Value[] {msg, err})));
        }
        List<Integer> order = new ArrayList<>(wrapped);
        if (d.reordered()) {
            order.sort(null);
        }
        List<Value> errs = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Value e = operands.get(order.get(i));
            if ((i == 0 || !order.get(i - 1).equals(order.get(i))) && a.holds(e, Type.ERROR)) {
                errs.add(e);
            }
        }
        Type.Slice type = new Type.Slice(Type.ERROR);
        Value slice = errs.isEmpty() ? new Value.NilValue(type) : appended(type, errs);
        return a.done(NativeArgs.pointerTo(new Value.StructValue(a.libraryType("fmt.wrapErrors"),
                new Value[] {msg, slice})));
    }

    /** A slice grown by appending one element at a time from nil (interface elements: capacity 1, 2, 4, 8...). */
    private static Value appended(Type.Slice type, List<Value> elems) {
        int cap = 1;
        while (cap < elems.size()) {
            cap *= 2;
        }
        Value[] array = new Value[cap];
        for (int i = 0; i < cap; i++) {
            array[i] = i < elems.size() ? elems.get(i) : new Value.NilValue(Type.ERROR);
        }
        return new Value.SliceValue(type, array, 0, elems.size(), cap);
    }
}
