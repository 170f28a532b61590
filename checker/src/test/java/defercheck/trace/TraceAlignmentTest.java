package defercheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code trace diff} compares besides observables means the same on every machine: on every committed
 * trace of a correct run, at each aligned observable, each strategy machine's call stack, per-frame pending
 * deferred calls (records on g._defer with the frame's sp, set deferBits slots), live panic count and stdout
 * equal the abstract semantics'. A mutant's trace must show its divergence at the recorded observable.
 */
class TraceAlignmentTest {

    @TestFactory
    Stream<DynamicTest> correctRunsAgreeOnSharedStateAtEveryObservable() throws IOException {
        return TraceReplayTest.committed().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Trace t = TraceReader.read(f);
            if (t.tlc() || t.divergence() != null) {
                return;
            }
            TraceMachine ref = t.machines().get(0);
            for (TraceMachine m : t.machines().subList(1, t.machines().size())) {
                Alignment al = Alignment.of(ref, m);
                assertEquals(-1, al.firstDivergence(), m.name());
                for (Alignment.Segment s : al.segments()) {
                    assertEquals(List.of(), Alignment.sharedStateDiff(s.leftObservable().state(),
                            s.rightObservable().state()), m.name() + " at " + s.rightObservable().event());
                }
            }
        }));
    }

    @Test
    void mutantTracesDivergeWhereTheFileSays() throws IOException {
        int seen = 0;
        for (var f : TraceReplayTest.committed()) {
            Trace t = TraceReader.read(f);
            if (t.divergence() != null) {
                Alignment al = Alignment.of(t.machine(t.divergence().reference()), t.machine(t.divergence().machine()));
                assertEquals(t.divergence().observableIndex(), al.firstDivergence(), f.toString());
                seen++;
            }
        }
        assertEquals(TraceExportTlaTest.DIVERGENT, seen, "one counterexample per caught mutant");
    }
}
