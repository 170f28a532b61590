package defercheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.Frontend;
import defercheck.source.Diagnostic;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Messages and positions as go1.22/1.23 gc prints them for the same programs. */
class CheckerTest {

    static String errors(String src) {
        return Frontend.compile(new SourceFile("prog.go", src), GoVersion.DEFAULT).diagnostics().stream()
                .map(Diagnostic::render).collect(Collectors.joining("\n"));
    }

    @Test
    void goldenMessages() {
        String src = "package main\n"
                + "import \"os\"\n"
                + "func f() (int, int) { return 1, 2 }\n"
                + "func g(a int, b string) int { return a }\n"
                + "func main() {\n"
                + "\tx := 1\n"
                + "\tvar s string = \"a\"\n"
                + "\tc := g(1)\n"
                + "\te := x + s\n"
                + "\tprintln(x / 0, c, e)\n"
                + "\tvar y int = nil\n"
                + "}\n";
        assertEquals("prog.go:2:8: \"os\" imported and not used\n"
                + "prog.go:8:9: not enough arguments in call to g\n\thave (number)\n\twant (int, string)\n"
                + "prog.go:9:7: invalid operation: x + s (mismatched types int and string)\n"
                + "prog.go:10:14: invalid operation: division by zero\n"
                + "prog.go:11:6: declared and not used: y\n"
                + "prog.go:11:14: cannot use nil as int value in variable declaration", errors(src));
    }

    @Test
    void statementErrors() {
        String src = "package main\n"
                + "func f() int {\n"
                + "\tfor {\n"
                + "\t\tbreak\n"
                + "\t}\n"
                + "}\n"
                + "func main() {\n"
                + "\tbreak\n"
                + "\tx := 1\n"
                + "\tx := 2\n"
                + "\tdefer (f())\n"
                + "\tdefer x\n"
                + "\ta, b := f()\n"
                + "\tif x {\n"
                + "\t}\n"
                + "}\n";
        assertEquals("prog.go:6:1: missing return\n"
                + "prog.go:8:2: break is not in a loop, switch, or select\n"
                + "prog.go:10:4: no new variables on left side of :=\n"
                + "prog.go:11:8: expression in defer must not be parenthesized\n"
                + "prog.go:12:8: expression in defer must be function call\n"
                + "prog.go:13:2: declared and not used: a\n"
                + "prog.go:13:5: declared and not used: b\n"
                + "prog.go:13:10: assignment mismatch: 2 variables but f returns 1 value\n"
                + "prog.go:14:5: non-boolean condition in if statement", errors(src));
    }

    @Test
    void mainRulesAndUnsupported() {
        assertEquals("prog.go:1:9: function main is undeclared in the main package", errors("package main\n"));
        assertEquals("prog.go:2:6: func main must have no arguments and no return values",
                errors("package main\nfunc main(x int) {\n}\n"));
        assertEquals("", errors("package main\nfunc main() { var i any = 1; println(i) }\n"));
        assertEquals("prog.go:3:23: unsupported: println of a multi-value call with interface or func results",
                errors("package main\nfunc two() (any, int) { return 1, 2 }\nfunc main() { println(two()) }\n"));
        assertEquals("prog.go:2:15: unsupported: go statement",
                errors("package main\nfunc main() { go main() }\n"));
    }

    /** types2 reports a comparison's mismatched operands at the second operand, other operators at the first. */
    @Test
    void comparisonMismatchesPointAtTheSecondOperand() {
        String src = "package main\nfunc main() {\n\tx := 3\n\ts := \"a\"\n"
                + "\tprintln(x == \"a\", nil == x, 1 == \"a\", x < s, x + s)\n}\n";
        assertEquals("prog.go:5:15: invalid operation: x == \"a\" (mismatched types int and untyped string)\n"
                + "prog.go:5:27: invalid operation: nil == x (mismatched types untyped nil and int)\n"
                + "prog.go:5:35: invalid operation: 1 == \"a\" (mismatched types untyped int and untyped string)\n"
                + "prog.go:5:44: invalid operation: x < s (mismatched types int and string)\n"
                + "prog.go:5:47: invalid operation: x + s (mismatched types int and string)", errors(src));
        assertEquals("prog.go:3:23: invalid operation: nil == nil (operator == not defined on untyped nil)",
                errors("package main\nfunc main() {\n\tprintln(true, nil == nil)\n}\n"));
    }

    /** Each message as go1.23's {@code go build -gcflags=-e} printed it for the same lines. */
    @Test
    void arrayErrors() {
        String src = "package main\n"
                + "func f() (_ [2]int) { return 1 }\n"
                + "func main() {\n"
                + "\tvar a [-1]int\n"
                + "\tvar b [\"x\"]int\n"
                + "\tvar c [2]func()\n"
                + "\tprintln(c == c, a, b)\n"
                + "\tvar d [2]int\n"
                + "\tvar e [3]int = d\n"
                + "\tprintln(d + d, d < d, e)\n"
                + "}\n";
        assertEquals("prog.go:2:30: cannot use 1 (untyped int constant) as [2]int value in return statement\n"
                + "prog.go:4:9: invalid array length -1 (untyped int constant)\n"
                + "prog.go:5:9: array length \"x\" (untyped string constant) must be integer\n"
                + "prog.go:7:10: invalid operation: c == c ([2]func() cannot be compared)\n"
                + "prog.go:9:17: cannot use d (variable of type [2]int) as [3]int value in variable declaration\n"
                + "prog.go:10:10: invalid operation: operator + not defined on d (variable of type [2]int)\n"
                + "prog.go:10:17: invalid operation: d < d (operator < not defined on array)", errors(src));
        assertEquals("prog.go:4:9: invalid array length x",
                errors("package main\nfunc main() {\n\tx := 3\n\tvar a [x]int\n\t_ = a\n}\n"));
        assertEquals("prog.go:4:9: illegal types for operand: print\n\t[2]int\n"
                        + "prog.go:5:8: illegal types for operand: print\n\t[2]int",
                errors("package main\nfunc main() {\n\tvar a [2]int\n\tprintln(1, a)\n\tprint (a)\n}\n"));
        assertEquals("prog.go:3:8: unsupported: array type [4611686018427387904]int (more than 65536 elements)",
                errors("package main\nfunc main() {\n\tvar a [1 << 62]int\n\t_ = a\n}\n"));
    }

    /** As go1.23 printed them; assignments through pointers are outside the subset. */
    @Test
    void pointerErrors() {
        String src = "package main\n"
                + "func main() {\n"
                + "\tx := 3\n"
                + "\tvar p *int = 3\n"
                + "\tvar q *string\n"
                + "\tprintln(*x, *nil, p == q, p < p, *p + \"a\")\n"
                + "}\n";
        assertEquals("prog.go:4:15: cannot use 3 (untyped int constant) as *int value in variable declaration\n"
                + "prog.go:6:11: invalid operation: cannot indirect x (variable of type int)\n"
                + "prog.go:6:15: invalid operation: cannot indirect nil\n"
                + "prog.go:6:25: invalid operation: p == q (mismatched types *int and *string)\n"
                + "prog.go:6:28: invalid operation: p < p (operator < not defined on pointer)\n"
                + "prog.go:6:35: invalid operation: *p + \"a\" (mismatched types int and untyped string)", errors(src));
        assertEquals("", errors("package main\nfunc main() {\n\tvar p *int\n\tprintln(p == nil, (*int)(nil) == p)\n}\n"));
        assertEquals("prog.go:5:14: unsupported: fmt.Println of a pointer (prints an address)",
                errors("package main\nimport \"fmt\"\nfunc main() {\n\tvar p *int\n\tfmt.Println(p)\n}\n"));
        assertEquals("prog.go:4:2: unsupported: assignment to *p (only to a variable name)",
                errors("package main\nfunc main() {\n\tvar p *int\n\t*p = 1\n}\n"));

    }

    /** As go1.23 printed them; {@code &*p} and the address of a package-level variable are outside the subset. */
    @Test
    void addressErrors() {
        String src = "package main\n"
                + "var g int\n"
                + "func f() int { return 1 }\n"
                + "func main() {\n"
                + "\tvar p *int\n"
                + "\tprintln(&f(), &3, &main, &*p, &g)\n"
                + "}\n";
        assertEquals("prog.go:6:11: invalid operation: cannot take address of f() (value of type int)\n"
                + "prog.go:6:17: invalid operation: cannot take address of 3 (untyped int constant)\n"
                + "prog.go:6:21: invalid operation: cannot take address of main (value of type func())\n"
                + "prog.go:6:27: unsupported: &*p (only the address of a variable)\n"
                + "prog.go:6:32: unsupported: the address of package-level variable g", errors(src));
    }

    /** Verbs and operands outside what FormatChecker lets through. */
    @Test
    void sprintfBounds() {
        String src = "package main\n"
                + "import \"fmt\"\n"
                + "func main() {\n"
                + "\tf := \"%d\"\n"
                + "\t_ = fmt.Sprintf(f, 1)\n"
                + "\t_ = fmt.Sprintf(\"%x\", 1)\n"
                + "\t_ = fmt.Sprintf(\"%d\", \"s\")\n"
                + "\t_ = fmt.Sprintf(\"%d\", 1, 2)\n"
                + "\t_ = fmt.Sprintf(\"%v %v\", 1)\n"
                + "\t_ = fmt.Sprintf(\"%s %t %v %%\", \"a\", true, nil == nil)\n"
                + "}\n";
        assertEquals("prog.go:5:18: unsupported: fmt.Sprintf with a non-constant format\n"
                + "prog.go:6:18: unsupported: fmt.Sprintf verb %x (only %v, %d, %s, %t and %%)\n"
                + "prog.go:7:24: unsupported: fmt.Sprintf %d of untyped string (fmt would print %!d)\n"
                + "prog.go:8:27: unsupported: fmt.Sprintf with 2 operands for 1 verbs\n"
                + "prog.go:9:18: unsupported: fmt.Sprintf with 1 operands for 2 verbs\n"
                + "prog.go:10:51: invalid operation: nil == nil (operator == not defined on untyped nil)", errors(src));
    }

    /** As go1.23 printed them; named types other than empty structs, and mixing terr with struct{}, are outside. */
    @Test
    void structErrors() {
        String src = "package main\n"
                + "type terr struct{}\n"
                + "func main() {\n"
                + "\tvar x int = terr{}\n"
                + "\tprintln(terr{} < terr{}, terr{})\n"
                + "\ty := terr{1}\n"
                + "\tz := int{}\n"
                + "\t_, _, _ = x, y, z\n"
                + "}\n";
        assertEquals("prog.go:4:14: cannot use terr{} (value of type terr) as int value in variable declaration\n"
                + "prog.go:5:10: invalid operation: terr{} < terr{} (operator < not defined on struct)\n"
                + "prog.go:6:12: too many values in struct literal of type terr\n"
                + "prog.go:7:7: invalid composite literal type int", errors(src));
        assertEquals("prog.go:4:9: illegal types for operand: print\n\tterr",
                errors("package main\ntype terr struct{}\nfunc main() {\n\tprintln(terr{})\n}\n"));
        assertEquals("prog.go:2:6: unsupported: defined type celsius with underlying type int (only struct{})",
                errors("package main\ntype celsius int\nfunc main() {}\n"));
        assertEquals("prog.go:4:19: unsupported: using terr{} (value of type terr) as struct{} (same underlying type)",
                errors("package main\ntype terr struct{}\nfunc main() {\n\tvar e struct{} = terr{}\n\t_ = e\n}\n"));
        assertEquals("", errors("package main\ntype terr struct{}\nfunc main() {\n"
                + "\tif (terr{}) == (terr{}) {\n\t\tprintln([2]int{} == [2]int{})\n\t}\n}\n"));
    }

    @Test
    void localTypeDeclarations() {
        assertEquals("", errors("package main\nfunc main() {\n\ttype _ int\n\ttype (\n\t\t_ [2]*int\n\t\t_ func() bool\n\t)\n}\n"));
        assertEquals("prog.go:3:9: undefined: undefinedT",
                errors("package main\nfunc main() {\n\ttype _ undefinedT\n}\n"));
        assertEquals("prog.go:3:7: unsupported: defined type T inside a function (only type _ T)",
                errors("package main\nfunc main() {\n\ttype T int\n}\n"));
    }

    @Test
    void unusedErrorsAreWordedLikeTheChosenToolchain() {
        String src = "package main\nimport \"os\"\nfunc main() {\n\tx := 1\n}\n";
        assertEquals("prog.go:2:8: imported and not used: \"os\"\nprog.go:4:2: x declared but not used",
                errorsAt(src, 19));
        assertEquals("prog.go:2:8: \"os\" imported and not used\nprog.go:4:2: x declared and not used",
                errorsAt(src, 22));
        assertEquals("prog.go:2:8: \"os\" imported and not used\nprog.go:4:2: declared and not used: x",
                errorsAt(src, 23));
    }

    static String errorsAt(String src, int minor) {
        return Frontend.compile(new SourceFile("prog.go", src), new GoVersion(minor)).diagnostics().stream()
                .map(Diagnostic::render).collect(Collectors.joining("\n"));
    }
}
