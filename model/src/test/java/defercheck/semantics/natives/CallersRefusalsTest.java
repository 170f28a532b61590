package defercheck.semantics.natives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.semantics.AbstractMachine;
import defercheck.semantics.Limits;
import defercheck.semantics.MachineListener;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * What runtime.Caller, Callers, CallersFrames and FuncForPC refuse at run time because gc's answer depends on
 * something the model does not know (its inlining, its code after a recovery, its addresses), each at the position
 * of the call, after what the program did before it. The shapes they answer are in the corpus (runtime/callers_*.go).
 */
class CallersRefusalsTest {

    private static final String HEADER = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n";

    private static Outcome run(String rest, int minor) {
        Compilation c = Frontend.compile(new SourceFile("prog.go", HEADER + rest), new GoVersion(minor));
        assertTrue(c.ok(), () -> "does not compile: " + c.diagnostics());
        return new AbstractMachine(c.program(), new GoVersion(minor), Limits.DEFAULT, MachineListener.NONE).run();
    }

    private static void assertRefused(Outcome o, String stdout, String stderr) {
        assertEquals(Outcome.Kind.REFUSED, o.kind(), o::stderr);
        assertEquals(stdout, o.stdout());
        assertEquals(stderr, o.stderr());
    }

    @Test
    void theFileIsTheAbsolutePathGcRecords() {
        // go run c.go in /dir prints /dir/c.go: gc records the absolute path of what it compiled.
        Outcome o = run("func main() {\n\t_, file, line, ok := runtime.Caller(0)\n\tfmt.Println(file, line, ok)\n}\n", 23);
        String want = java.nio.file.Paths.get("prog.go").toAbsolutePath() + " 9 true\n";
        assertEquals(want, o.stdout());
    }

    @Test
    void aDeferredCallAfterARecoveryIsRefused() {
        // gc reports the resumed frame at its closing brace, its defer statement or an inlined callee's line
        Outcome o = run("func f() {\n\tdefer func() {\n\t\t_, _, line, _ := runtime.Caller(1)\n\t\tfmt.Println(line)\n"
                + "\t}()\n\tdefer func() { recover() }()\n\tpanic(1)\n}\n\nfunc main() {\n\tfmt.Println(\"start\")\n"
                + "\tf()\n}\n", 23);
        assertRefused(o, "start\n", "prog.go:10:20: unsupported: runtime.Caller or Callers in a deferred call run "
                + "after a recovery\n");
    }

    @Test
    void theNameOfAClosureGcMayRenameIsRefusedWhenRead() {
        // from go1.21 gc names it main.g.g.func1.func2 once it inlines the outer closure into g
        Outcome o = run("func g() {\n\tfunc() {\n\t\tfunc() {\n\t\t\tpc, _, line, _ := runtime.Caller(0)\n"
                + "\t\t\tfmt.Println(line)\n\t\t\tfmt.Println(runtime.FuncForPC(pc).Name())\n\t\t}()\n\t}()\n}\n\n"
                + "func main() {\n\tg()\n}\n", 23);
        assertRefused(o, "11\n", "prog.go:13:16: unsupported: the name of closure main.g.func1.1 (gc renames it "
                + "where it inlines main.g.func1)\n");
    }

    @Test
    void printingAProgramCounterIsRefused() {
        Outcome o = run("func main() {\n\tpc, _, _, ok := runtime.Caller(0)\n\tfmt.Println(ok)\n\tprintln(pc)\n}\n", 22);
        assertRefused(o, "true\n", "prog.go:11:2: unsupported: printing a program counter from runtime.Caller or "
                + "Callers (the model's pcs are not gc's addresses)\n");
        Outcome f = run("func main() {\n\tpcs := make([]uintptr, 4)\n\tn := runtime.Callers(1, pcs)\n"
                + "\tfmt.Printf(\"%d %x\\n\", n, pcs[:n])\n}\n", 22);
        assertRefused(f, "", "prog.go:11:2: unsupported: fmt.Printf printing a program counter from runtime.Caller "
                + "or Callers (the model's pcs are not gc's addresses)\n");
    }

    @Test
    void aPanicWhoseRuntimeFramesAreNotModelledIsRefused() {
        Outcome o = run("var s []int\nvar i = 3\n\nfunc main() {\n\tdefer func() {\n\t\trecover()\n"
                + "\t\tvar pcs [8]uintptr\n\t\tfmt.Println(runtime.Callers(1, pcs[:]))\n\t}()\n\t_ = s[i:1]\n}\n", 19);
        assertRefused(o, "", "prog.go:15:15: unsupported: runtime.Callers under the panic \"runtime error: slice "
                + "bounds out of range [:1] with capacity 0\" (the runtime's frames for it are not modelled)\n");
    }

    @Test
    void callersPastAGenericFunctionsFrameAreRefused() {
        // a generic function value may run through a closure gc synthesizes for its dictionary
        Outcome o = run("func G[T any]() {\n\tpcs := make([]uintptr, 9)\n\tfmt.Println(runtime.Callers(1, pcs))\n}\n\n"
                + "func main() {\n\tG[int]()\n}\n", 21);
        assertRefused(o, "", "prog.go:10:14: unsupported: runtime.Callers past a frame of a generic function (gc may "
                + "have frames there that the model does not)\n");
    }

    @Test
    void aStackThroughLibraryCodeIsRefused() {
        Outcome o = run("type T int\n\nfunc (T) String() string {\n\t_, _, line, _ := runtime.Caller(1)\n"
                + "\treturn fmt.Sprint(line)\n}\n\nfunc main() {\n\tfmt.Println(T(1))\n}\n", 23);
        assertRefused(o, "", "prog.go:11:19: unsupported: runtime.Caller or Callers through library code "
                + "(fmt.(*pp).handleMethods), whose frames the model does not have\n");
    }

    @Test
    void packageInitializationIsRefused() {
        Outcome o = run("var line = func() int {\n\t_, _, l, _ := runtime.Caller(0)\n\treturn l\n}()\n\n"
                + "func main() {\n\tfmt.Println(line)\n}\n", 23);
        assertRefused(o, "", "prog.go:9:16: unsupported: runtime.Caller or Callers during package initialization\n");
    }

    @Test
    void aFileWithLineDirectivesIsRefused() {
        Outcome o = run("func main() {\n\tfmt.Println(\"a\")\n//line other.go:100\n\t_, file, line, _ := "
                + "runtime.Caller(0)\n\tfmt.Println(file, line)\n}\n", 23);
        assertRefused(o, "a\n", "prog.go:11:22: unsupported: runtime.Caller or Callers in a file with line "
                + "directives\n");
    }

    @Test
    void aProgramWithRangeOverFuncIsRefused() {
        // gc's frames for the loop body (main.main-range1) and the iterator's yield call are not tabled
        Outcome o = run("func seq(yield func(int) bool) {\n\tyield(1)\n}\n\nfunc main() {\n\tfor i := range seq {"
                + "\n\t\t_, _, line, _ := runtime.Caller(0)\n\t\tfmt.Println(i, line)\n\t}\n}\n", 23);
        assertRefused(o, "", "prog.go:14:20: unsupported: runtime.Caller or Callers in a program with range over "
                + "func\n");
    }
}
