package defercheck.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.Compilation;
import defercheck.Frontend;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LowerTest {

    static Program compile(String src, int minor) {
        Compilation c = Frontend.compile(new SourceFile("prog.go", src), new GoVersion(minor));
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.program();
    }

    static String ops(Function f) {
        return f.code().stream().map(i -> i.getClass().getSimpleName()).collect(Collectors.joining(" "));
    }

    private static final String LOOP = """
            package main
            func main() {
            \tfor i := 0; i < 3; i++ {
            \t\tdefer func() { println(i) }()
            \t}
            }
            """;

    @Test
    void perIterationLoopVariableOnlyFrom122() {
        Function m22 = compile(LOOP, 22).function(0);
        Function m21 = compile(LOOP, 21).function(0);
        assertTrue(ops(m22).contains("RenewBoxed"), ops(m22));
        assertTrue(!ops(m21).contains("RenewBoxed"), ops(m21));
        assertEquals("PushConst DeclareBoxed StoreBoxed LoadBoxed PushConst Binary JumpIfFalse MakeClosure Defer"
                + " RenewBoxed LoadBoxed PushConst Binary StoreBoxed Jump Return", ops(m22));
        assertTrue(m22.slots().get(0).boxed());
        assertEquals("i", m22.slots().get(0).name());
    }

    @Test
    void closureNamesDeferSitesAndCaptures() {
        Program p = compile(LOOP, 23);
        Function lit = p.function(1);
        assertEquals("main.main.func1", lit.name());
        assertEquals(0, lit.parent());
        assertEquals(1, lit.captures());
        assertEquals("LoadCaptured CallBuiltin Return", ops(lit));
        var site = p.function(0).deferSites().get(0);
        assertEquals(0, site.index());
        assertTrue(site.inLoop());
        assertEquals("func literal", site.calleeText());
        assertEquals("prog.go:4:3", site.span().position());
    }

    @Test
    void returnEvaluatesAllOperandsBeforeStoringResults() {
        Program p = compile("""
                package main
                func f() (int, string) { return 1, "a" }
                func main() { f() }
                """, 23);
        Function f = p.function(0);
        assertEquals("PushConst PushConst StoreLocal StoreLocal Return Return", ops(f));
        assertEquals(1, ((Instr.StoreLocal) f.code().get(2)).slot());
        assertEquals(0, ((Instr.StoreLocal) f.code().get(3)).slot());
        assertEquals("~r0", f.slots().get(0).name());
        assertEquals(1, f.returnStatements());
        assertEquals("MakeClosure Call Pop Pop Return", ops(p.function(1)));
    }

    @Test
    void namedResultCapturedByDeferredClosure() {
        Program p = compile("""
                package main
                func f() (r int) {
                \tdefer func() { r *= 10 }()
                \treturn 5
                }
                func main() { println(f()) }
                """, 23);
        Function f = p.function(0);
        assertTrue(f.namedResults());
        assertTrue(f.slots().get(0).boxed());
        assertEquals("MakeClosure Defer PushConst StoreBoxed Return Return", ops(f));
        assertEquals("main.f.func1", p.function(2).name());
        assertEquals("LoadCaptured PushConst Binary StoreCaptured Return", ops(p.function(2)));
    }

    @Test
    void deferBuiltinsAndNestedClosureNames() {
        Program p = compile("""
                package main
                import "fmt"
                func main() {
                \tx := 1
                \tdefer fmt.Println(x)
                \tdefer recover()
                \tfunc() { func() { x++ }() }()
                }
                """, 23);
        Function m = p.function(0);
        assertEquals("PushConst StoreBoxed DeclareBoxed".replace("PushConst StoreBoxed DeclareBoxed",
                "PushConst DeclareBoxed StoreBoxed LoadBoxed DeferBuiltin DeferBuiltin MakeClosure Call Return"), ops(m));
        assertEquals("main.main.func1", p.function(1).name());
        assertEquals("main.main.func1.1", p.function(2).name());
        assertEquals("fmt.Println", m.deferSites().get(0).calleeText());
    }

    @Test
    void packageVariablesInitializedInInit() {
        Program p = compile("""
                package main
                var a, b = 1, "x"
                var c int
                func main() { println(a, b, c) }
                """, 23);
        assertEquals(1, p.init());
        assertEquals(0, p.main());
        assertEquals("main.init", p.function(1).name());
        assertEquals(3, p.globals().size());
        assertEquals("PushConst PushConst StoreGlobal StoreGlobal Return", ops(p.function(1)));
    }
}
