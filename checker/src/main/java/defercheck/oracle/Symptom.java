package defercheck.oracle;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a minimal program disagrees, as a cause's identity: for each of exit code, stdout and stderr that differs,
 * the model's text (as the implementation would present it) and the implementation's, with the printed values
 * ({@code 1}, {@code <nil>}) renamed {@code V1}, {@code V2}, ... in order of first appearance in the two texts:
 * minimal programs that differ only in which value they print (a {@code println(1)} or a
 * {@code fmt.Println(recover())} that goes missing) are one cause, while a wrong value ({@code run: 1} for
 * {@code run: 2}) stays visible. And whether the model had a panic or a Goexit under way (its goroutine
 * unwinding: runtime.Goexit runs deferred calls as a panic does) at the observable where the
 * implementation first departs: a deferred call whose output goes missing because a panic skipped it is another
 * cause than one whose output goes missing because a panic started too early, though both lose a line of stdout.
 */
public record Symptom(List<String> differences, boolean panicking) {
    private static final Pattern VALUE = Pattern.compile("-?[0-9]+|<nil>");

    public Symptom {
        differences = List.copyOf(differences);
    }

    static Symptom of(CaseResult r, boolean panicking) {
        List<String> d = new ArrayList<>();
        CaseResult.Observed m = r.presented();
        CaseResult.Observed i = r.real();
        if (m.exit() != i.exit()) {
            d.add("exit " + m.exit() + " -> " + i.exit());
        }
        if (!m.stdout().equals(i.stdout())) {
            d.add("stdout " + abstracted(m.stdout(), i.stdout()));
        }
        if (!m.stderr().equals(i.stderr())) {
            d.add("stderr " + abstracted(m.stderr(), i.stderr()));
        }
        if (r.differs().contains("plan")) {
            d.add("plan");
        }
        return new Symptom(d, panicking);
    }

    /** {@code "model" -> "impl"} with the values renamed consistently across both. */
    static String abstracted(String model, String impl) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        return rename(model, names) + " -> " + rename(impl, names);
    }

    private static String rename(String s, java.util.Map<String, String> names) {
        java.util.regex.Matcher m = VALUE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = names.computeIfAbsent(m.group(), k -> "V" + (names.size() + 1));
            m.appendReplacement(b, name);
        }
        m.appendTail(b);
        return defercheck.explore.Json.quote(b.toString());
    }

    /** Statements in all bodies, closures included: what "smallest" means among a cause's minimal programs. */
    static int statements(CoreProgram p) {
        int n = 0;
        for (var f : p.functions()) {
            n += statements(f.body());
        }
        return n;
    }

    private static int statements(List<CoreStmt> body) {
        int n = body.size();
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c) {
                n += statements(c.body());
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return String.join("; ", differences) + (panicking ? " (first departs while a panic or Goexit is under way)" : "");
    }
}
