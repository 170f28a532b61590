package defercheck.coreprogram.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The core form a trace stores ({@code program.core}, the CoreProgram's record text) reads back as the very
 * program for the explorer's own programs, and any other text is refused with the reason.
 */
class CoreFormTest {
    /** A one-function program around one statement's record text. */
    static String main(String stmts) {
        return "CoreProgram[functions=[CoreFunction[result=NONE, body=[" + stmts + "]]]]";
    }

    static final String PLAIN = "Guard[kind=PLAIN, trips=0]";

    @Test
    void theRecordTextOfEveryExplorerProgramReadsBackAsIt() {
        int n = CorePrograms.forEach(p -> assertEquals(p, CoreForm.parse(p.toString()), p::toString));
        assertEquals(CorePrograms.COUNT, n, "programs read back");
    }

    @Test
    void surroundingWhitespaceIsNotPartOfTheForm() {
        CoreProgram p = CoreForm.parse(main("Print[value=1]"));
        assertEquals(p, CoreForm.parse("  " + main("Print[value=1]") + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "empty text                 | ~~                                                | expected a name or number at character 0",
        "not a record               | 42                                                | expected CoreProgram, got 42",
        "another record             | Program[functions=[]]                             | expected CoreProgram",
        "no functions               | CoreProgram[functions=[]]                         | a core program starts with main",
        "main with a result         | CoreProgram[functions=[CoreFunction[result=NAMED, body=[]]]] | a core program starts with main, which has no result",
        "text after the program     | ~" + "CoreProgram[functions=[CoreFunction[result=NONE, body=[]]]] x~ | text after the program at character 59",
        "truncated                  | CoreProgram[functions=[CoreFunction[result=NONE, body=[ | expected a name or number at character 55",
        "unclosed record            | CoreProgram[functions=[CoreFunction[result=NONE, body=[Goexit[]]] | expected ']' at character 65",
        "spaces around =            | CoreProgram[functions = []]                      | expected '=' at character 21",
        "comma without space        | CoreProgram[functions=[CoreFunction[result=NONE,body=[]]]] | expected ']' at character 47",
        "unknown result kind        | CoreProgram[functions=[CoreFunction[result=VOID, body=[]]]] | unknown result kind VOID (want one of [NONE, UNNAMED, NAMED])",
        "missing field              | CoreProgram[functions=[CoreFunction[result=NONE]]] | CoreFunction has fields [result], want [result, body]",
        "fields out of order        | CoreProgram[functions=[CoreFunction[body=[], result=NONE]]] | CoreFunction has fields [body, result], want [result, body]",
        "a list for a name          | CoreProgram[functions=[CoreFunction[result=[], body=[]]]] | expected a name or number, got []",
        "a name for a list          | CoreProgram[functions=[CoreFunction[result=NONE, body=Goexit]]] | expected a list, got Goexit",
        "a list for a statement     | CoreProgram[functions=[CoreFunction[result=NONE, body=[[]]]]] | expected a record, got []",
    })
    void malformedProgramTextIsRefusedWithTheReason(String what, String text, String reason) {
        refused(text, reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "unknown statement          | Sleep[value=1]                                    | unknown statement Sleep",
        "unknown deferred call      | Defer[guard=" + PLAIN + ", what=GoCall[]]         | unknown deferred call GoCall",
        "missing value              | Print[]                                           | Print has fields [], want [value]",
        "extra field                | Print[value=1, line=3]                            | Print has fields [value, line], want [value]",
        "field given twice          | Print[value=1, value=2]                           | Print has field value twice",
        "fields on a bare record    | Goexit[value=1]                                   | Goexit has fields [value], want []",
        "a word for a number        | Print[value=one]                                  | Print's value is not an int: one",
        "a number beyond int        | Panic[value=99999999999]                          | Panic's value is not an int: 99999999999",
        "a leading zero             | Print[value=01]                                   | not the record text of the program it reads as",
        "unknown guard kind         | Defer[guard=Guard[kind=WHILE, trips=0], what=RecoverCall[]] | unknown guard kind WHILE (want one of [PLAIN, IF_TRUE, IF_FALSE, LOOP])",
        "a loop of no trips         | Defer[guard=Guard[kind=LOOP, trips=0], what=RecoverCall[]] | loop guards, and only they, have a positive trip count",
        "trips on a plain defer     | Defer[guard=Guard[kind=PLAIN, trips=2], what=RecoverCall[]] | loop guards, and only they, have a positive trip count",
        "a statement as the guard   | Defer[guard=Goexit[], what=RecoverCall[]]         | expected Guard",
        "a statement deferred       | Defer[guard=" + PLAIN + ", what=Print[value=1]]   | unknown deferred call Print",
        "a deferred call as a stmt  | RecoverCall[]                                     | unknown statement RecoverCall",
    })
    void malformedStatementTextIsRefusedWithTheReason(String what, String stmt, String reason) {
        refused(main(stmt), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "a call of a missing function | Call[function=5]                        | main calls function 5, which is not one of the program's functions",
        "a call of main               | Call[function=0]                        | main calls main",
        "a defer of a missing function| Defer[guard=" + PLAIN + ", what=Named[function=2]] | main calls function 2",
        "r in a function without one  | SetResult[value=1]                      | r = v in main, but main has no result",
        "return in main               | Return[value=1]                         | return v in main",
        "a value beyond the knobs     | Print[value=8]                          | beyond the explorer's knobs: values must be between 1 and 7, got 8",
    })
    void programsOutsideTheCoreLanguageAreRefusedWithTheReason(String what, String stmt, String reason) {
        refused(main(stmt), reason);
    }

    @Test
    void recursionIsRefused() {
        refused("CoreProgram[functions=[CoreFunction[result=NONE, body=[Call[function=1]]], "
                + "CoreFunction[result=NONE, body=[Call[function=1]]]]]", "f1 calls itself (f1 -> f1)");
    }

    @Test
    void nestingDeeperThanAnyProgramIsRefusedNotOverflowed() {
        refused("[".repeat(100_000), "nested deeper than any core program");
        StringBuilder deep = new StringBuilder("RecoverCall[]");
        for (int d = 0; d < 40; d++) {
            deep.insert(0, "Defer[guard=" + PLAIN + ", what=Closure[body=[").append("]]]");
        }
        refused(main(deep.toString()), "nested deeper than any core program");
    }

    private static void refused(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoreForm.parse(text),
                () -> "accepted " + text);
        assertTrue(e.getMessage().contains(reason), () -> "reason '" + e.getMessage() + "' lacks '" + reason
                + "' for " + text);
    }
}
