package defercheck.calculus;

import defercheck.coreprogram.CoreLowering;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a translated calculus program on Java's abstract semantics ({@link AbstractMachine}) and reads the run back as
 * GoDefer's observable {@code log} and {@code outcome}. GoDefer numbers deferred closures globally in push
 * order ({@code nextId}); Java numbers them per site and frame, so ids are assigned here as DeferPushed events
 * arrive, to the exact {@link DeferredCall} object pushed, and looked up when that object starts.
 */
public final class JavaOutcome implements MachineListener {
    private final CalculusToCore.Translation t;
    private final List<String> log = new ArrayList<>();
    private final Map<DeferredCall, String> pending = new IdentityHashMap<>();
    private int nextId = 1;

    private JavaOutcome(CalculusToCore.Translation t) {
        this.t = t;
    }

    /** {@code [log |-> <<...>>, outcome |-> [kind |-> ..., chain |-> <<...>>]]}, or throws when Java's run is outside GoDefer. */
    public static String of(CalculusToCore.Translation t) {
        JavaOutcome o = new JavaOutcome(t);
        Program ir = CoreLowering.lower(t.core(), GoVersion.DEFAULT, t.source());
        Outcome out = new AbstractMachine(ir, GoVersion.DEFAULT, MachineSuite.LIMITS, o).run();
        return "[log |-> <<" + String.join(", ", o.log) + ">>, outcome |-> " + outcome(out) + "]";
    }

    @Override
    public void onEvent(Event e, Machine m) {
        if (e instanceof Event.DeferPushed d) {
            List<Integer> site = t.siteByLine().get(e.span().line());
            pending.put(d.deferred(), "<<\"start\", <<" + site.get(0) + ", " + site.get(1) + ">>, " + nextId++ + ">>");
        } else if (e instanceof Event.DeferredCallStarted d) {
            log.add(startOf(d, pending));
        } else if (e instanceof Event.Output out) {
            CalculusToCore.LineKind kind = t.kindByLine().getOrDefault(e.span().line(), CalculusToCore.LineKind.OTHER);
            String v = out.text().strip();
            log.add(switch (kind) {
                case PRINT -> "<<\"print\", " + v + ">>";
                case RECOVER -> "<<\"recover\", " + (v.equals("<nil>") ? "0" : v) + ">>";
                case RET -> "<<\"ret\", " + t.calleeByLine().get(e.span().line()) + ", " + v + ">>";
                case OTHER -> throw new IllegalStateException("output outside the calculus on line " + e.span().line());
            });
        }
    }

    /**
     * The log entry made when the started call was pushed, removed from {@code pending} (shared with
     * {@code crosscheck.ExplorerOutcome}, which numbers pushed calls the same way).
     */
    public static String startOf(Event.DeferredCallStarted d, Map<DeferredCall, String> pending) {
        String start = pending.remove(d.deferred());
        if (start == null) {
            throw new IllegalStateException("a deferred call started that was never pushed: " + d.call());
        }
        return start;
    }

    /** GoDefer's outcome: exit, crash with the chain Go prints (oldest first, [recovered] marks), deadlock. */
    public static String outcome(Outcome o) {
        return switch (o.kind()) {
            case NORMAL_EXIT -> "[kind |-> \"exit\", chain |-> <<>>]";
            case GOEXIT_DEADLOCK -> "[kind |-> \"deadlock\", chain |-> <<>>]";
            case PANIC_CRASH -> "[kind |-> \"crash\", chain |-> <<" + String.join(", ", chain(o.stderr())) + ">>]";
            case OS_EXIT, STACK_OVERFLOW, BREAKPOINT, FATAL_ERROR, DEADLOCK, STEP_LIMIT, REFUSED ->
                    throw new IllegalStateException("outcome outside GoDefer: " + o.kind());
        };
    }

    private static List<String> chain(String stderr) {
        List<String> out = new ArrayList<>();
        int start = stderr.indexOf("panic: ");
        for (String line : stderr.substring(Math.max(start, 0)).split("\n")) {
            String t = line.strip();
            if (!t.startsWith("panic: ")) {
                break;
            }
            String rest = t.substring("panic: ".length());
            boolean recovered = rest.contains(" [recovered");
            String val = recovered ? rest.substring(0, rest.indexOf(" [recovered")) : rest;
            out.add("[val |-> " + value(val.strip()) + ", recovered |-> " + (recovered ? "TRUE" : "FALSE") + "]");
        }
        return out;
    }

    /**
     * A panic or recovered value as GoDefer writes it: an int, 0 for nil, or {@code NilDeref} for the run-time
     * error of a nil method value (GoDefer's DeferNilMethod).
     */
    public static String value(String printed) {
        if (printed.equals("<nil>")) {
            return "0";
        }
        if (printed.equals("runtime error: " + defercheck.semantics.RuntimeErrors.NIL_DEREFERENCE)) {
            return "NilDeref";
        }
        return Integer.toString(Integer.parseInt(printed));
    }
}
