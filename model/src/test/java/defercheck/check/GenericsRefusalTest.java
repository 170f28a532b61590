package defercheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.Frontend;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the model refuses of generic code, by name and at its position: gc accepts each of these (or rejects it
 * with a message the model does not reproduce), and none may run or be misreported.
 */
class GenericsRefusalTest {

    private static List<String> diagnostics(String source, int minor) {
        return Frontend.compile(new SourceFile("prog.go", source), new GoVersion(minor)).diagnostics().stream()
                .map(d -> d.span().line() + ":" + d.span().col() + ": " + d.message()).toList();
    }

    @Test
    void anInstantiationCycleIsRefusedAtTheFunction() {
        String src = "package main\n\nfunc cycle[T any](n int) {\n\tif n > 0 {\n\t\tcycle[*T](n - 1)\n\t}\n}\n\n"
                + "func main() { cycle[int](1) }\n";
        assertEquals(List.of("3:6: unsupported: instantiation cycle or more than 64 instantiations of cycle"),
                diagnostics(src, 23));
    }

    @Test
    void aGenericTypeInsideAFunctionIsRefused() {
        String src = "package main\n\nfunc main() {\n\ttype L[T any] struct{ v T }\n\t_ = L[int]{}\n}\n";
        assertEquals(List.of("4:7: unsupported: generic type declared inside a function"), diagnostics(src, 23));
    }

    @Test
    void aTypeDeclaredInsideAGenericFunctionIsRefused() {
        String src = "package main\n\nfunc f[T any]() {\n\ttype pair struct{ a T }\n\t_ = pair{}\n}\n\n"
                + "func main() { f[int]() }\n";
        assertEquals(List.of("4:7: unsupported: type declarations inside generic functions"), diagnostics(src, 21));
    }

    @Test
    void aGenericFunctionValueWithoutTypeArgumentsIsAnErrorBeforeGo121AndRefusedFrom() {
        String src = "package main\n\nfunc id[T any](x T) T { return x }\n\nfunc main() {\n"
                + "\tvar f func(int) int = id\n\t_ = f\n}\n";
        assertEquals(List.of("6:24: cannot use generic function id without instantiation"), diagnostics(src, 19));
        assertEquals(List.of("6:24: unsupported: generic function used without instantiation outside a call"),
                diagnostics(src, 21));
    }

    @Test
    void anOperationTheGenericCheckDoesNotKnowIsRefusedNotReportedInOtherWords() {
        String src = "package main\n\nfunc show[T any](x T) { println(x) }\n\nfunc main() { show(1) }\n";
        assertEquals(List.of("3:32: unsupported: generic code the model cannot check (illegal types for operand: print)"),
                diagnostics(src, 23));
    }

    @Test
    void go119CannotLinkAMethodExpressionOfAGenericInterfaceLiteral() {
        String src = "package main\n\nfunc g[T any]() { defer func() { recover() }(); interface{ M() T }.M(nil) }\n\n"
                + "func main() { g[int]() }\n";
        assertEquals(List.of("3:49: unsupported: method expression of an interface type with type parameters on go1.19"),
                diagnostics(src, 19));
        assertEquals(List.of(), diagnostics(src, 21));
    }
}
