package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The core form a trace stores ({@code program.core}, the CoreProgram's record text) reads back as the very
 * program for the explorer's own programs, and any other text is refused with the reason.
 */
class CoreFormTest {
    /** A one-function program around one statement's record text. */
    static String main(String stmts) {
        return "CoreProgram[functions=[CoreFunction[result=NONE, body=[" + stmts + "]]]]";
    }

    @Test
    void theRecordTextOfEveryExplorerProgramReadsBackAsIt() {
        int n = CorePrograms.forEach(p -> assertEquals(p, CoreForm.parse(p.toString()), p::toString));
        assertTrue(n > 20_000, "programs read back: " + n);
    }

    @Test
    void aCallOfAMissingFunctionIsRefusedNotLeftToCrashThePrinter() {
        refused(main("Call[function=5]"), "main calls function 5, which is not one of the program's functions");
    }

    @Test
    void recursionIsRefused() {
        refused("CoreProgram[functions=[CoreFunction[result=NONE, body=[Call[function=1]]], "
                + "CoreFunction[result=NONE, body=[Call[function=1]]]]]", "f1 calls itself (f1 -> f1)");
    }

    private static void refused(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoreForm.parse(text),
                () -> "accepted " + text);
        assertTrue(e.getMessage().contains(reason), () -> "reason '" + e.getMessage() + "' lacks '" + reason
                + "' for " + text);
    }
}
