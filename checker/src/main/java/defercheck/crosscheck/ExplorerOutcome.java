package defercheck.crosscheck;

import defercheck.calculus.JavaOutcome;
import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Machines;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.DeferredCall;
import defercheck.semantics.Event;
import defercheck.semantics.Machine;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an explorer program on Java's abstract semantics ({@link AbstractMachine}, on {@link CoreLowering}'s IR, as the
 * explorer does) and reads the run back as GoDefer's {@code log} and {@code outcome} for the program
 * ProgramSpace.tla's {@code Flatten} makes of it:
 * <ul>
 * <li>a deferred call starting is {@code <<"start", <<body, pc>>, id>>}: the defer statement's flat site (bodies
 *     numbered as Flatten numbers them: functions first, then closures and deferred builtins in token order)
 *     and a global instance id in push order (Java numbers per site and frame, so ids are assigned here);</li>
 * <li>{@code println(v)} and {@code defer println(v)} are {@code <<"print", v>>}, {@code fmt.Println(recover())}
 *     is {@code <<"recover", v>>} (0 for nil), {@code println(fN())} is {@code <<"ret", N+1, v>>};</li>
 * <li>{@code os.Exit(v)} is {@code <<"exit", v>>} with outcome osexit;</li>
 * <li>the println of {@code R.show} and {@code (*R).pshow} is {@code <<"print", v>>}, and the run-time error
 *     of {@code defer I(nil).show()} is GoDefer's {@code NilDeref}, recovered or in a crash chain.</li>
 * </ul>
 * Each Go line is told apart by its text, which GoPrinter makes unambiguous for these statements.
 */
public final class ExplorerOutcome implements MachineListener {
    private static final Pattern PRINT = Pattern.compile("(?:defer )?println\\((\\d+)\\)");
    private static final Pattern RET = Pattern.compile("println\\(f(\\d+)\\(\\)\\)");

    private final Map<Integer, String> siteByLine;
    private final Map<Integer, String> textByLine;
    private final List<String> log = new ArrayList<>();
    private final Map<DeferredCall, String> pending = new IdentityHashMap<>();
    private final boolean ids;
    private int nextId = 1;

    private ExplorerOutcome(Map<Integer, String> siteByLine, Map<Integer, String> textByLine, boolean ids) {
        this.siteByLine = siteByLine;
        this.textByLine = textByLine;
        this.ids = ids;
    }

    /** {@code [log |-> <<...>>, outcome |-> [...]]}; throws when the run leaves GoDefer's observables. */
    public static String of(CoreProgram p, GoVersion version) {
        ExplorerOutcome o = listener(p, true);
        Program ir = CoreLowering.lower(p, version, GoPrinter.print(p));
        Outcome out = new AbstractMachine(ir, version, MachineSuite.LIMITS, o).run();
        if (out.kind() == Outcome.Kind.OS_EXIT) {
            o.log.add("<<\"exit\", " + out.exitCode() + ">>");
        }
        return "[log |-> <<" + String.join(", ", o.log) + ">>, outcome |-> " + outcome(out) + "]";
    }

    /**
     * The same reading of a run on any machine: the abstract one ({@code machine} null) or a strategy machine,
     * mutants included ({@code trace export --format tla}). A strategy machine has no deferred-call objects to
     * number, so a start is {@code <<"start", <<body, pc>>>>} without GoDefer's instance id (compare GoDefer's
     * log with ids dropped). An ending outside GoDefer's (a runtime fatal error, a stack overflow, the step
     * budget) is {@code [kind |-> "fatal_error" (the Java kind, lower case), chain |-> <<>>]}, which no GoDefer
     * run reaches.
     */
    public static String observed(CoreProgram p, GoVersion version, MachineConfig machine) {
        ExplorerOutcome o = listener(p, false);
        Program ir = CoreLowering.lower(p, version, GoPrinter.print(p));
        Outcome out = Machines.create(ir, version, MachineSuite.LIMITS, machine, o).run();
        if (out.kind() == Outcome.Kind.OS_EXIT) {
            o.log.add("<<\"exit\", " + out.exitCode() + ">>");
        }
        String outcome = switch (out.kind()) {
            case NORMAL_EXIT, OS_EXIT, PANIC_CRASH, GOEXIT_DEADLOCK -> outcome(out);
            default -> "[kind |-> \"" + out.kind().name().toLowerCase(java.util.Locale.ROOT) + "\", chain |-> <<>>]";
        };
        return "[log |-> <<" + String.join(", ", o.log) + ">>, outcome |-> " + outcome + "]";
    }

    private static ExplorerOutcome listener(CoreProgram p, boolean ids) {
        String source = GoPrinter.print(p);
        String[] lines = source.split("\n", -1);
        Map<Integer, String> text = new HashMap<>();
        Map<Integer, String> sites = new HashMap<>();
        List<String> flat = flatSites(p);
        int nextSite = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            text.put(i + 1, t);
            if (t.startsWith("defer ")) {
                sites.put(i + 1, flat.get(nextSite++));
            }
        }
        if (nextSite != flat.size()) {
            throw new AssertionError("printed " + nextSite + " defer lines for " + flat.size() + " defer statements");
        }
        return new ExplorerOutcome(sites, text, ids);
    }

    /**
     * The flat site {@code <<body, pc>>} of every defer statement, in the order GoPrinter prints them (a
     * closure's defers right after its own): the same token-order walk as ProgramSpace.tla's FlatBody.
     */
    static List<String> flatSites(CoreProgram p) {
        List<String> out = new ArrayList<>();
        int next = p.functions().size() + 1;
        for (int f = 0; f < p.functions().size(); f++) {
            next = walk(p.function(f).body(), f + 1, next, out);
        }
        return out;
    }

    private static int walk(List<CoreStmt> body, int index, int next, List<String> out) {
        for (int pc = 1; pc <= body.size(); pc++) {
            if (body.get(pc - 1) instanceof CoreStmt.Defer d) {
                out.add("<<" + index + ", " + pc + ">>");
                if (d.what() instanceof Deferred.Closure c) {
                    int mine = next;
                    next = walk(c.body(), mine, next + 1, out);
                } else if (d.what() instanceof Deferred.RecoverCall || d.what() instanceof Deferred.PanicCall
                        || d.what() instanceof Deferred.PrintlnCall) {
                    next++;
                }
            }
        }
        return next;
    }

    private String site(int line) {
        String site = siteByLine.get(line);
        if (site == null) {
            throw new IllegalStateException("a deferred call started on line " + line + ", which is no defer statement");
        }
        return site;
    }

    @Override
    public void onEvent(Event e, Machine m) {
        if (!ids && e instanceof Event.DeferredCallStarted) {
            log.add("<<\"start\", " + site(e.span().line()) + ">>");
        } else if (!ids && e instanceof Event.DeferPushed) {
            return;
        } else if (e instanceof Event.DeferPushed d) {
            String site = siteByLine.get(e.span().line());
            if (site == null) {
                throw new IllegalStateException("a defer pushed on line " + e.span().line() + ", which is no defer statement");
            }
            pending.put(d.deferred(), "<<\"start\", " + site + ", " + nextId++ + ">>");
        } else if (e instanceof Event.DeferredCallStarted d) {
            log.add(JavaOutcome.startOf(d, pending));
        } else if (e instanceof Event.Output out) {
            log.add(output(e.span().line(), out.text().strip()));
        }
    }

    private String output(int line, String v) {
        String t = textByLine.getOrDefault(line, "");
        Matcher ret = RET.matcher(t);
        if (ret.matches()) {
            return "<<\"ret\", " + (Integer.parseInt(ret.group(1)) + 1) + ", " + v + ">>";
        } else if (PRINT.matcher(t).matches() || t.startsWith("func (x R) show()") || t.startsWith("func (x *R) pshow()")) {
            return "<<\"print\", " + v + ">>";
        } else if (t.equals("fmt.Println(recover())")) {
            return "<<\"recover\", " + JavaOutcome.value(v) + ">>";
        }
        throw new IllegalStateException("output outside GoDefer's log on line " + line + ": " + t);
    }

    /** GoDefer's outcome: exit, crash with the chain Go prints, deadlock, or osexit. */
    static String outcome(Outcome o) {
        if (o.kind() == Outcome.Kind.OS_EXIT) {
            return "[kind |-> \"osexit\", chain |-> <<>>]";
        }
        return JavaOutcome.outcome(o);
    }
}
