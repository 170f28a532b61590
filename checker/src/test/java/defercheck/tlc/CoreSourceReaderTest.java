package defercheck.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.core.GoPrinter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Go source reads back as the explorer core program GoPrinter printed it from, for the explorer's own programs;
 * Go outside the core language, or core programs in any other text than GoPrinter's, is refused.
 */
class CoreSourceReaderTest {

    @Test
    void theGoSourceOfEveryExplorerProgramReadsBackAsIt() {
        int n = CorePrograms.forEach(p -> assertEquals(Optional.of(p), CoreSourceReader.recognize(GoPrinter.print(p)),
                p::toString));
        assertTrue(n > 20_000, "programs read back: " + n);
    }

    /** GoPrinter prints these, but GoDefer would run them into its Terminates bound: not core programs. */
    @Test
    void recursionIsRefused() {
        assertEquals(Optional.empty(), CoreSourceReader.recognize(go("func main() {", "\tf1()", "}", "",
                "func f1() {", "\tf1()", "}")));
        assertEquals(Optional.empty(), CoreSourceReader.recognize(go("func main() {", "\tf1()", "}", "",
                "func f1() {", "\tdefer f1()", "\tpanic(1)", "}")));
    }

    static String go(String... lines) {
        return "package main\n\n" + String.join("\n", List.of(lines)) + "\n";
    }
}
