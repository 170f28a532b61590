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
 * What strconv, math, sort, bytes and log refuse at run time, because real Go's answer there depends on
 * something the model does not know (the wall clock, gc's escape analysis, assembly's last bit, reflect's
 * panic), each at the position of the library call, and what they do right before it.
 */
class LibraryRefusalsTest {

    private static Outcome run(String body, String imports) {
        String src = "package main\n\nimport (\n" + imports + ")\n\nfunc main() {\n" + body + "}\n";
        Compilation c = Frontend.compile(new SourceFile("prog.go", src), new GoVersion(23));
        assertTrue(c.ok(), () -> "does not compile: " + c.diagnostics());
        return new AbstractMachine(c.program(), new GoVersion(23), Limits.DEFAULT, MachineListener.NONE).run();
    }

    private static void assertRefused(Outcome o, String stderr) {
        assertEquals(Outcome.Kind.REFUSED, o.kind(), o::stderr);
        assertEquals(stderr, o.stderr());
    }

    @Test
    void printingAnOsFileIsRefusedForItsAddress() {
        // *os.File holds a pointer (&{0xc000...} in Go), whose address the model does not invent
        Outcome o = run("\tfmt.Fprintln(os.Stdout, \"ok\")\n\tfmt.Println(os.Stderr)\n", "\t\"fmt\"\n\t\"os\"\n");
        assertEquals("ok\n", o.stdout());
        assertRefused(o, "prog.go:10:2: unsupported: fmt.Println printing an address (real addresses vary from run to run)\n");
    }

    @Test
    void aLogLineWithTheDefaultTimestampIsRefusedWhereItIsWritten() {
        Outcome o = run("\tlog.SetFlags(0)\n\tlog.Print(\"plain\")\n\tlog.SetFlags(log.LstdFlags)\n"
                + "\tdefer log.Println(\"stamped\")\n", "\t\"log\"\n");
        assertRefused(o, "plain\nprog.go:11:2: unsupported: a log line with a date, a time or a file name (log flags 3): "
                + "real Go prints the wall clock and the build's path there; call log.SetFlags(0)\n");
    }

    @Test
    void aLogLineWithAFileNameIsRefusedToo() {
        Outcome o = run("\tlog.SetFlags(log.Lshortfile)\n\tlog.Fatal(\"x\")\n", "\t\"log\"\n");
        assertRefused(o, "prog.go:9:2: unsupported: a log line with a date, a time or a file name (log flags 16): "
                + "real Go prints the wall clock and the build's path there; call log.SetFlags(0)\n");
    }

    @Test
    void theCapacityOfABufferFromNewBufferStringIsRefused() {
        Outcome o = run("\tb := bytes.NewBufferString(\"abc\")\n\tb.WriteString(\"d\")\n\tprintln(b.String(), b.Len())\n"
                + "\tprintln(b.Cap())\n", "\t\"bytes\"\n");
        assertRefused(o, "abcd 4\nprog.go:11:10: unsupported: bytes.Buffer.Cap of a buffer from NewBufferString (the "
                + "capacity of its []byte(s) depends on gc's escape analysis and release)\n");
    }

    @Test
    void theRefusalFollowsTheBufferWhenItGrows() {
        Outcome o = run("\tb := bytes.NewBufferString(\"abc\")\n\tfor i := 0; i < 100; i++ {\n\t\tb.WriteByte('x')\n\t}\n"
                + "\t_ = b.Bytes()\n", "\t\"bytes\"\n");
        assertRefused(o, "prog.go:12:6: unsupported: bytes.Buffer.Bytes of a buffer from NewBufferString (the "
                + "capacity of its []byte(s) depends on gc's escape analysis and release)\n");
    }

    @Test
    void aZeroBuffersCapacityIsGos() {
        Outcome o = run("\tvar b bytes.Buffer\n\tb.WriteString(\"abc\")\n\tprintln(b.Cap(), b.Available(), len(b.Bytes()))\n",
                "\t\"bytes\"\n");
        assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), o::stderr);
        assertEquals("64 61 3\n", o.stderr());
    }

    @Test
    void aFractionalPowerIsRefusedAnIntegerOneIsNot() {
        Outcome o = run("\tprintln(math.Pow(2, 10), math.Pow(4, 0.5))\n\tprintln(math.Pow(2, 0.3))\n", "\t\"math\"\n");
        assertRefused(o, "+1.024000e+003 +2.000000e+000\nprog.go:9:10: unsupported: math.Pow with a fractional exponent "
                + "(Go computes it with Exp and Log, whose last bit the model does not promise)\n");
    }

    @Test
    void sortSliceOfANonSliceIsRefused() {
        Outcome o = run("\tsort.Slice(map[int]int{}, func(i, j int) bool { return false })\n", "\t\"sort\"\n");
        assertRefused(o, "prog.go:8:2: unsupported: sort.Slice of a value of type map[int]int, not a slice "
                + "(reflect's panic)\n");
    }
}
