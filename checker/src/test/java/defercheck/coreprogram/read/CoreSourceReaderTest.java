package defercheck.coreprogram.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.GoPrinter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go source reads back as the explorer core program GoPrinter printed it from, for the explorer's own programs;
 * Go outside the core language, or core programs in any other text than GoPrinter's, is refused with the reason
 * (and the line).
 */
class CoreSourceReaderTest {

    @Test
    void theGoSourceOfEveryExplorerProgramReadsBackAsIt() {
        int n = CorePrograms.forEach(p -> assertEquals(p, CoreSourceReader.read(GoPrinter.print(p)), p::toString));
        assertEquals(CorePrograms.COUNT, n, "programs read back");
    }

    @Test
    void aProgramThatCallsBackwardWithoutRecursionReadsBack() {
        String src = go("func main() {", "\tf2()", "}", "", "func f1() {", "\tprintln(1)", "}", "", "func f2() {",
                "\tf1()", "}");
        CoreProgram p = CoreSourceReader.read(src);
        assertEquals(src, GoPrinter.print(p));
        assertEquals(Optional.of(p), CoreSourceReader.recognize(src));
    }

    static Stream<Arguments> goOutsideTheCoreLanguage() {
        return Stream.of(
            refused("a string", "line 4: not a core statement: println(\"hi\")",
                    "func main() {", "\tprintln(\"hi\")", "}"),
            refused("fmt.Println of a string", "line 6: not a core statement: fmt.Println(\"hi\")",
                    "import \"fmt\"", "", "func main() {", "\tfmt.Println(\"hi\")", "}"),
            refused("fmt.Sprint", "line 6: not a core statement: println(fmt.Sprint(1))",
                    "import \"fmt\"", "", "func main() {", "\tprintln(fmt.Sprint(1))", "}"),
            refused("a panic with a string", "line 4: not a core statement: panic(\"boom\")",
                    "func main() {", "\tpanic(\"boom\")", "}"),
            refused("a deferred fmt call", "line 6: not a core statement: defer fmt.Println(1)",
                    "import \"fmt\"", "", "func main() {", "\tdefer fmt.Println(1)", "}"),
            refused("two results", "line 5: not a core function header (main or fN, no parameters, no result"
                    + " or int or (r int)): func f1() (int, int) {", "func main() {}", "", "func f1() (int, int) {", "\treturn 1, 2", "}"),
            refused("a parameter", "line 5: not a core function header", "func main() {}", "",
                    "func f1(x int) {", "\tprintln(x)", "}"),
            refused("a result not named r", "line 5: not a core function header", "func main() {}", "",
                    "func f1() (x int) {", "\treturn 1", "}"),
            refused("a string result", "line 5: not a core function header", "func main() {}", "",
                    "func f1() string {", "\treturn \"\"", "}"),
            refused("a function not named fN", "line 5: not a core function header", "func main() {}", "",
                    "func helper() {}"),
            refused("a call with an argument", "line 4: not a core statement: f1(1)",
                    "func main() {", "\tf1(1)", "}", "", "func f1(x int) {}"),
            refused("a local variable", "line 4: not a core statement: x := 1",
                    "func main() {", "\tx := 1", "\tprintln(x)", "}"),
            refused("println of two values", "line 4: not a core statement: println(1, 2)",
                    "func main() {", "\tprintln(1, 2)", "}"),
            refused("a negative value", "line 4: not a core statement: println(-1)",
                    "func main() {", "\tprintln(-1)", "}"),
            refused("a number beyond int", "line 4: not an int: 99999999999",
                    "func main() {", "\tprintln(99999999999)", "}"),
            refused("a go statement", "line 4: not a core statement: go f1()",
                    "func main() {", "\tgo f1()", "}", "", "func f1() {}"),
            refused("an if around a print", "line 6: an if or for around something other than one defer statement",
                    "var yes = true", "", "func main() {", "\tif yes {", "\t\tprintln(1)", "\t}", "}"),
            refused("a loop around two defers", "line 4: an if or for around something other than one defer",
                    "func main() {", "\tfor i := 0; i < 2; i++ {", "\t\tdefer println(1)", "\t\tdefer println(2)",
                    "\t}", "}"),
            refused("a loop of no trips", "line 4: not a core statement: for i := 0; i < 0; i++ {",
                    "func main() {", "\tfor i := 0; i < 0; i++ {", "\t\tdefer println(1)", "\t}", "}"),
            refused("another loop variable", "line 4: not a core statement: for j := 0; j < 2; j++ {",
                    "func main() {", "\tfor j := 0; j < 2; j++ {", "\t\tdefer println(1)", "\t}", "}"),
            refused("another condition", "line 4: not a core statement: if true {",
                    "func main() {", "\tif true {", "\t\tdefer println(1)", "\t}", "}"),
            refused("a comment", "line 4: not a core statement: // why", "func main() {", "\t// why", "}"),
            refused("recursion", "f1 calls itself (f1 -> f1)",
                    "func main() {", "\tf1()", "}", "", "func f1() {", "\tf1()", "}"),
            refused("a deferred recursive call", "f1 calls itself (f1 -> f1)",
                    "func main() {", "\tf1()", "}", "", "func f1() {", "\tdefer f1()", "\tpanic(1)", "}"),
            refused("mutual recursion", "f1 calls itself (f1 -> f2 -> f1)",
                    "func main() {", "\tf1()", "}", "", "func f1() {", "\tf2()", "}", "", "func f2() {",
                    "\tdefer func() {", "\t\tf1()", "\t}()", "}"),
            refused("a call of a missing function", "main calls function 2, which is not one of f1..f1",
                    "func main() {", "\tf2()", "}", "", "func f1() {}"),
            refused("functions out of order", "line 8: f2 where f1 belongs",
                    "func main() {", "\tf1()", "\tf2()", "}", "", "func f2() {}", "", "func f1() {}"),
            refused("a value beyond the knobs", "beyond the explorer's knobs: values must be between 1 and 7, got 8",
                    "func main() {", "\tprintln(8)", "}"),
            refused("spaces for tabs", "line 4: not indented by one tab per block",
                    "func main() {", "    println(1)", "}"),
            refused("a body indented twice", "line 4: not indented by one tab per block",
                    "func main() {", "\t\tprintln(1)", "}"),
            refused("no closing brace", "line 3: main has no closing brace", "func main() {", "\tprintln(1)"),
            refused("an unclosed closure", "line 4: no closing }() for this deferred closure",
                    "func main() {", "\tdefer func() {", "\t\tprintln(1)", "\t}", "}"),
            refused("an unclosed if", "line 6: no closing brace for this block",
                    "var yes = true", "", "func main() {", "\tif yes {", "\t\tdefer println(1)", "}"),
            refused("a println of a call without a result", "line 4 is \"\\tprintln(f1())\" where GoPrinter prints"
                    + " \"\\tf1()\"", "func main() {", "\tprintln(f1())", "}", "", "func f1() {}"),
            refused("a leading zero", "line 4 is \"\\tprintln(01)\" where GoPrinter prints \"\\tprintln(1)\"",
                    "func main() {", "\tprintln(01)", "}"),
            refused("an unused import", "line 3 is \"import \\\"os\\\"\" where GoPrinter prints \"func main() {\"",
                    "import \"os\"", "", "func main() {", "\tprintln(1)", "}"),
            refused("a missing import", "line 3 is \"func main() {\" where GoPrinter prints \"import \\\"os\\\"\"",
                    "func main() {", "\tos.Exit(1)", "}"),
            refused("a missing package variable", "line 3 is \"func main() {\" where GoPrinter prints"
                    + " \"var yes = true\"", "func main() {", "\tif yes {", "\t\tdefer println(1)", "\t}", "}"),
            refused("another package clause", "line 1 is \"package other\" where GoPrinter prints \"package main\"",
                    "func main() {}").map(s -> s.replace("package main", "package other")),
            refused("a file comment", "line 1 is \"// Demo.\" where GoPrinter prints \"package main\"",
                    "func main() {}").map(s -> "// Demo.\n" + s),
            refused("no trailing newline", "line 4 is past the end of the source where GoPrinter prints \"\"",
                    "func main() {}").map(s -> s.strip()),
            refused("CRLF line ends", "line 3: not a core function header (main or fN, no parameters, no"
                    + " result or int or (r int)): func main() {}\r", "func main() {}").map(s -> s.replace("\n", "\r\n")),
            refused("no functions", "no functions").map(s -> "package main\n"),
            refused("an empty file", "no functions").map(s -> ""),
            refused("main with a result", "a core program starts with main, which has no result",
                    "func main() int {", "\treturn 0", "}"))
            .map(Refusal::arguments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goOutsideTheCoreLanguage")
    void goOutsideTheCoreLanguageIsRefusedWithTheReason(String what, String source, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoreSourceReader.read(source), () -> "read\n" + source);
        assertTrue(e.getMessage().contains(reason), () -> "reason '" + e.getMessage() + "' lacks '" + reason + "'");
        assertEquals(Optional.empty(), CoreSourceReader.recognize(source));
    }

    /** A refused source (package clause, then the lines), with what it shows and the reason it must give. */
    record Refusal(String what, String reason, String source) {
        Refusal map(java.util.function.UnaryOperator<String> edit) {
            return new Refusal(what, reason, edit.apply(source));
        }

        Arguments arguments() {
            return Arguments.of(what, source, reason);
        }
    }

    static Refusal refused(String what, String reason, String... lines) {
        return new Refusal(what, reason, go(lines));
    }

    static String go(String... lines) {
        return "package main\n\n" + String.join("\n", List.of(lines)) + "\n";
    }
}
