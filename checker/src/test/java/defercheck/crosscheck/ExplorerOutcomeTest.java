package defercheck.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java's side of the cross-check on hand-written programs, against what Go does with them. */
class ExplorerOutcomeTest {

    private static CoreProgram main(CoreStmt... body) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(body))));
    }

    @Test
    void sitesAreNumberedAsFlattenNumbersBodies() {
        // main (body 1) and f1 (body 2) come first; then, in token order, the closure (3) and its
        // deferred println (4); defer f1() adds no body.
        CoreProgram p = new CoreProgram(List.of(
                new CoreFunction(ResultKind.NONE, List.of(
                        new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(List.of(
                                new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1))))),
                        new CoreStmt.Defer(Guard.PLAIN, new Deferred.Named(1)))),
                new CoreFunction(ResultKind.NONE, List.of())));
        assertEquals(List.of("<<1, 1>>", "<<3, 1>>", "<<1, 2>>"), ExplorerOutcome.flatSites(p));
        assertEquals("<<XFunc(\"none\", <<XDefer(\"plain\", 0, \"dclosure\", 0, 0, <<XDefer(\"plain\", 0, \"dprintln\", 0,"
                + " 1, <<>>)>>), XDefer(\"plain\", 0, \"dnamed\", 1, 0, <<>>)>>), XFunc(\"none\", <<>>)>>",
                ExplorerTla.program(p));
    }

    @Test
    void aDeferredPrintlnRunsBeforeTheCrash() {
        CoreProgram p = main(new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(1)), new CoreStmt.Panic(1));
        assertEquals("[log |-> <<<<\"start\", <<1, 1>>, 1>>, <<\"print\", 1>>>>, outcome |-> [kind |-> \"crash\","
                + " chain |-> <<[val |-> 1, recovered |-> FALSE]>>]]", ExplorerOutcome.of(p, GoVersion.DEFAULT));
    }

    @Test
    void osExitRunsNoDefersAndLogsItsCode() {
        CoreProgram p = main(new CoreStmt.Defer(Guard.loop(1), new Deferred.PrintlnCall(1)), new CoreStmt.Exit(1));
        assertEquals("[log |-> <<<<\"exit\", 1>>>>, outcome |-> [kind |-> \"osexit\", chain |-> <<>>]]",
                ExplorerOutcome.of(p, GoVersion.DEFAULT));
    }

    @Test
    void deferRecoverInMainDoesNotRecover() {
        CoreProgram p = main(new CoreStmt.Defer(Guard.PLAIN, new Deferred.RecoverCall()), new CoreStmt.Panic(1));
        assertEquals("[log |-> <<<<\"start\", <<1, 1>>, 1>>>>, outcome |-> [kind |-> \"crash\","
                + " chain |-> <<[val |-> 1, recovered |-> FALSE]>>]]", ExplorerOutcome.of(p, GoVersion.DEFAULT));
    }
}
