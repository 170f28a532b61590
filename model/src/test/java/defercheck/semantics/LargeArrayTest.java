package defercheck.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Array types of more than {@link Zero#MAX_ELEMENTS} elements are types like any other, so nil pointers to them
 * behave as Go's do (Go's test nilptr2.go); only making such a value is refused, at the expression or the package
 * variable that would make it, and memory stays bounded.
 */
class LargeArrayTest {

    private static Outcome run(String decls, String body) {
        return AbstractMachineTest.run("package main\n\nimport \"fmt\"\n\n" + decls + "\nfunc main() {\n" + body
                + "}\n", 23);
    }

    @Test
    void aNilPointerToALargeArrayFaultsAsGoDoes() {
        Outcome o = run("type Big struct {\n\tx [128 << 20]byte\n\tn int\n}\n\nvar p *Big\n", """
                \tdefer func() { fmt.Println("recovered:", recover()) }()
                \tfmt.Println(p == nil, len(p.x))
                \t_ = &p.x[100 << 20]
                """);
        assertEquals(Outcome.Kind.NORMAL_EXIT, o.kind(), o.stderr());
        assertEquals("true 134217728\nrecovered: runtime error: invalid memory address or nil pointer dereference\n",
                o.stdout());
    }

    @Test
    void makingALargeArrayValueIsRefusedWhereItHappens() {
        Outcome o = run("", """
                \tfmt.Println("before")
                \tq := new([1 << 21]int)
                \tfmt.Println(len(q))
                """);
        assertEquals(Outcome.Kind.REFUSED, o.kind());
        assertEquals("before\n", o.stdout());
        assertEquals("prog.go:8:7: unsupported: a value of array type [2097152]int (more than 1048576 elements)\n",
                o.stderr());
    }

    @Test
    void aLargePackageVariableIsRefusedAtItsDeclaration() {
        Outcome o = run("var big [1 << 10][1 << 11]int\n", "\tfmt.Println(len(big))\n");
        assertEquals(Outcome.Kind.REFUSED, o.kind());
        assertEquals("prog.go:5:5: unsupported: a value of array type [1024][2048]int (more than 1048576 elements)\n",
                o.stderr());
    }
}
