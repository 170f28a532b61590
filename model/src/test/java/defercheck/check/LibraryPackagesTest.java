package defercheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.Frontend;
import defercheck.source.Diagnostic;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker's side of the library packages that compile-error files cannot show (gc rejects what the model
 * refuses there, or the release is not installed): unexported names of a library type whose declared fields
 * are not the real ones (//opaque:) are refused; releases before go1.19 refuse the library's members.
 */
class LibraryPackagesTest {

    private static List<String> diagnostics(String body, int minor, String... imports) {
        StringBuilder src = new StringBuilder("package main\n\nimport (\n");
        for (String i : imports) {
            src.append("\t\"").append(i).append("\"\n");
        }
        src.append(")\n\nfunc main() {\n").append(body).append("\n}\n");
        return Frontend.compile(new SourceFile("prog.go", src.toString()), new GoVersion(minor)).diagnostics()
                .stream().map(Diagnostic::toString).toList();
    }

    @Test
    void unexportedNamesOfLibraryTypesAreGcsErrorsOrRefusedWhereTheFieldsAreNotTheRealOnes() {
        assertEquals(List.of("prog.go:9:8: b.buf undefined (cannot refer to unexported field buf)"),
                diagnostics("\tvar b strings.Builder\n\t_ = b.buf", 23, "strings"));
        assertEquals(List.of("prog.go:9:8: b.buf undefined (type strings.Builder has no field or method buf)"),
                diagnostics("\tvar b strings.Builder\n\t_ = b.buf", 19, "strings"));
        assertEquals(List.of("prog.go:8:6: unsupported: unexported field or method fd of a library type"),
                diagnostics("\t_ = os.Stdout.fd", 23, "os"));
    }

    @Test
    void runtimeCompilerIsTheConstantGc() {
        // an array length must be constant: this compiles only if Compiler is a constant of length 2
        assertEquals(List.of(), diagnostics("\tvar a [len(runtime.Compiler)]int\n\tvar b [2]int = a\n\t_ = b", 23, "runtime"));
    }

    @Test
    void libraryMembersBeforeGo119AreRefused() {
        assertEquals(List.of("prog.go:8:6: unsupported: strings.ToUpper on go1.18 (the library is modelled from go1.19)"),
                diagnostics("\t_ = strings.ToUpper(\"a\")", 18, "strings"));
        assertEquals(List.of(), diagnostics("\tfmt.Println(\"builtins stay\")", 14, "fmt"));
    }

    @Test
    void membersOfLaterReleasesAreUndefinedBeforeThem() {
        assertEquals(List.of("prog.go:8:13: undefined: errors.Join"), diagnostics("\t_ = errors.Join(nil)", 19, "errors"));
        assertEquals(List.of(), diagnostics("\t_ = errors.Join(nil)", 21, "errors"));
    }
}
