package defercheck.properties;

import defercheck.coreprogram.CoreLowering;
import defercheck.coreprogram.CoreProgram;
import defercheck.explore.MachineSuite;
import defercheck.ir.Program;
import defercheck.runtime.MachineConfig;
import defercheck.runtime.Machines;
import defercheck.semantics.Event;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * One program run on the abstract semantics (or on a strategy machine), with every event (observable or not):
 * what properties read.
 */
public record Run(CoreProgram core, Program program, GoVersion version, Outcome outcome, List<Event> events) {

    public Run {
        events = List.copyOf(events);
    }

    public static Run of(CoreProgram core, GoVersion v) {
        return on(core, v, null);
    }

    /**
     * The same on a strategy machine (a real one, or a mutant's), which emits the same kinds of events; on the
     * abstract semantics when {@code machine} is null.
     */
    public static Run on(CoreProgram core, GoVersion v, MachineConfig machine) {
        Program p = CoreLowering.lower(core, v, null);
        List<Event> events = new ArrayList<>();
        Outcome o = Machines.create(p, v, MachineSuite.LIMITS, machine, (e, m) -> events.add(e)).run();
        return new Run(core, p, v, o, events);
    }

    public <T extends Event> List<T> all(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Event e : events) {
            if (kind.isInstance(e)) {
                out.add(kind.cast(e));
            }
        }
        return out;
    }
}
