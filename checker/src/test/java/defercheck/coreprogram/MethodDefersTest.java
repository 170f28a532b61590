package defercheck.coreprogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.explore.MachineSuite;
import defercheck.properties.Run;
import defercheck.runtime.Comparison;
import defercheck.semantics.Outcome;
import defercheck.source.GoVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Method defers of the core calculus: the receiver is evaluated at the defer statement, copied for a value
 * receiver ({@code defer r.show()} prints r as it was then) and not for a pointer receiver ({@code defer
 * r.pshow()} prints r as it is when the call runs, after {@code return v} for a named result); {@code defer
 * I(nil).show()} panics at the defer statement with the run-time error of a nil dereference, so the defers
 * before it run and nothing after it. The expected outputs are what go1.19, 1.21, 1.22 and 1.23 print (the
 * toolchain test below runs them when installed); every machine of each version must print them too.
 */
class MethodDefersTest {
    private static final String NIL_DEREF = "runtime error: invalid memory address or nil pointer dereference";
    private static final Deferred VALUE = new Deferred.ValueMethod();
    private static final Deferred POINTER = new Deferred.PointerMethod();
    private static final Deferred NIL = new Deferred.NilInterfaceMethod();

    private static CoreStmt.Defer defer(Deferred d) {
        return new CoreStmt.Defer(Guard.PLAIN, d);
    }

    private static CoreProgram withF1(ResultKind kind, List<CoreStmt> f1) {
        return new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(new CoreStmt.Call(1))),
                new CoreFunction(kind, f1)));
    }

    /** r = 1; defer r.show(); defer r.pshow(); r = 2; return 3 */
    static final CoreProgram NAMED = withF1(ResultKind.NAMED, List.of(new CoreStmt.SetResult(1), defer(VALUE),
            defer(POINTER), new CoreStmt.SetResult(2), new CoreStmt.Return(3)));
    /** the same with an unnamed result, and a deferred closure writing r = 4 before pshow reads it */
    static final CoreProgram UNNAMED = withF1(ResultKind.UNNAMED, List.of(new CoreStmt.SetResult(1), defer(VALUE),
            defer(POINTER), defer(new Deferred.Closure(List.of(new CoreStmt.SetResult(4)))),
            new CoreStmt.SetResult(2), new CoreStmt.Return(3)));
    /** defer func() { fmt.Println(recover()) }(); defer println(7); defer I(nil).show() */
    static final CoreProgram NIL_RECOVERED = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(
            defer(new Deferred.Closure(List.of(new CoreStmt.Recover()))), defer(new Deferred.PrintlnCall(7)),
            defer(NIL)))));
    /** defer println(1); defer I(nil).show() */
    static final CoreProgram NIL_CRASH = new CoreProgram(List.of(new CoreFunction(ResultKind.NONE, List.of(
            defer(new Deferred.PrintlnCall(1)), defer(NIL)))));

    private record Expected(CoreProgram program, int exit, String stdout, String stderr) { }

    private static final List<Expected> EXPECTED = List.of(
            new Expected(NAMED, 0, "", "3\n1\n3\n"),
            new Expected(UNNAMED, 0, "", "4\n1\n3\n"),
            new Expected(NIL_RECOVERED, 0, NIL_DEREF + "\n", "7\n"),
            new Expected(NIL_CRASH, 2, "", "1\npanic: " + NIL_DEREF
                    + "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n"));

    @Test
    void printedWithTheTypeRItsMethodsAndANilInterface() {
        assertEquals("""
                package main

                type R int

                func (x R) show() { println(x) }

                func (x *R) pshow() { println(*x) }

                func main() {
                \tprintln(f1())
                }

                func f1() (r R) {
                \tr = 1
                \tdefer r.show()
                \tdefer r.pshow()
                \tr = 2
                \treturn 3
                }
                """, GoPrinter.print(NAMED));
        assertTrue(GoPrinter.print(NIL_CRASH).contains("\ntype I interface{ show() }\n\nfunc main() {\n"
                + "\tdefer println(1)\n\tdefer I(nil).show()\n}\n"), GoPrinter.print(NIL_CRASH));
        assertTrue(GoPrinter.print(UNNAMED).contains("func f1() R {\n\tr := R(0)\n"), GoPrinter.print(UNNAMED));
    }

    @Test
    void everyMachineOfEveryVersionPrintsWhatGoPrints() {
        for (int minor : new int[] {12, 13, 14, 19, 21, 22, 23}) {
            GoVersion v = new GoVersion(minor);
            for (Expected e : EXPECTED) {
                Outcome o = Run.of(e.program(), v).outcome();
                String where = "Go " + v + ":\n" + GoPrinter.print(e.program());
                assertEquals(e.exit(), o.exitCode(), where);
                assertEquals(e.stdout(), o.stdout(), where);
                assertEquals(e.stderr(), crashHead(o.stderr()), where);
                Comparison c = new MachineSuite(v, null).compare(CoreLowering.lower(e.program(), v, null));
                assertTrue(c.agrees(), where + c.report());
            }
        }
    }

    @Test
    void theRealToolchainsPrintTheSame(@TempDir Path dir) throws Exception {
        List<Path> gos = new ArrayList<>();
        for (String minor : new String[] {"19", "21", "22", "23"}) {
            Path go = Path.of("/usr/lib/go-1." + minor + "/bin/go");
            if (Files.isExecutable(go)) {
                gos.add(go);
            }
        }
        Assumptions.assumeFalse(gos.isEmpty(), "no Go toolchain under /usr/lib/go-1.NN: the outputs stay those"
                + " pinned above");
        for (Path go : gos) {
            for (int i = 0; i < EXPECTED.size(); i++) {
                Expected e = EXPECTED.get(i);
                Path src = dir.resolve("p" + i + ".go");
                Files.writeString(src, GoPrinter.print(e.program()));
                Path bin = dir.resolve("p" + i);
                Process build = new ProcessBuilder(go.toString(), "build", "-o", bin.toString(), src.toString())
                        .directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("build.log").toFile()).start();
                assertTrue(build.waitFor(300, TimeUnit.SECONDS) && build.exitValue() == 0,
                        go + ": " + Files.readString(dir.resolve("build.log")));
                Process run = new ProcessBuilder(bin.toString()).redirectOutput(dir.resolve("out").toFile())
                        .redirectError(dir.resolve("err").toFile()).start();
                assertTrue(run.waitFor(60, TimeUnit.SECONDS));
                String where = go + ":\n" + GoPrinter.print(e.program());
                assertEquals(e.exit(), run.exitValue(), where);
                assertEquals(e.stdout(), Files.readString(dir.resolve("out")), where);
                assertEquals(e.stderr(), crashHead(Files.readString(dir.resolve("err"))), where);
            }
        }
    }

    /** stderr up to the goroutine dump, with the faulting pc zeroed as the model prints it. */
    private static String crashHead(String stderr) {
        int dump = stderr.indexOf("\ngoroutine ");
        String head = dump < 0 ? stderr : stderr.substring(0, dump);
        return head.replaceAll("pc=0x[0-9a-f]+\\]", "pc=0x0]");
    }
}
