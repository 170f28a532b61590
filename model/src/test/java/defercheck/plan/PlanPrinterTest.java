package defercheck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPrinterTest {

    @Test
    void oneLinePerSiteSortedByLineThenColumn() {
        List<SitePlan> sites = List.of(
                new SitePlan(1, 0, Ir.at(16, 3), Allocation.HEAP),
                new SitePlan(0, 1, Ir.at(6, 3), Allocation.OPEN_CODED),
                new SitePlan(0, 0, Ir.at(4, 2), Allocation.OPEN_CODED),
                new SitePlan(1, 1, Ir.at(18, 4), Allocation.STACK));
        assertEquals("prog.go:4:2: open-coded defer\n"
                + "prog.go:6:3: open-coded defer\n"
                + "prog.go:16:3: heap-allocated defer\n"
                + "prog.go:18:4: stack-allocated defer\n", PlanPrinter.render(sites, "prog.go"));
        assertEquals("", PlanPrinter.render(List.of(), "prog.go"));
    }

    @Test
    void whyNotIsEmptyExactlyWhenOpenCoded() {
        assertThrows(IllegalArgumentException.class, () -> new FunctionPlan(0, "main.f", true, "defer in loop"));
        assertThrows(IllegalArgumentException.class, () -> new FunctionPlan(0, "main.f", false, ""));
    }
}
