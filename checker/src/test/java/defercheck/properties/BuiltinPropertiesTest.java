package defercheck.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.Bound;
import defercheck.explore.ProgramSpace;
import defercheck.source.GoVersion;
import org.junit.jupiter.api.Test;

/** Every "always" property holds on all of tiny; every "sometimes" property has a witness there or in small. */
class BuiltinPropertiesTest {

    @Test
    void alwaysPropertiesHoldAndSometimesPropertiesAreWitnessed() {
        boolean[] witnessed = new boolean[BuiltinProperties.ALL.size()];
        for (Bound b : new Bound[] {Bound.TINY, Bound.SMALL}) {
            ProgramSpace space = new ProgramSpace(b);
            long step = b == Bound.TINY ? 1 : 13;
            for (long i = 0; i < space.size(); i += step) {
                Run r = Run.of(space.program(i), GoVersion.DEFAULT);
                for (int k = 0; k < witnessed.length; k++) {
                    Property p = BuiltinProperties.ALL.get(k);
                    boolean holds = p.holds().test(r);
                    if (p.kind() == Property.Kind.ALWAYS) {
                        long rank = i;
                        assertTrue(holds, () -> p.name() + " fails on rank " + rank + " of " + b.name());
                    } else {
                        witnessed[k] |= holds;
                    }
                }
            }
        }
        for (int k = 0; k < witnessed.length; k++) {
            Property p = BuiltinProperties.ALL.get(k);
            assertTrue(p.kind() == Property.Kind.ALWAYS || witnessed[k], p.name() + " has no witness");
        }
    }
}
