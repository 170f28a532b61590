package defercheck.coreprogram.read;

import defercheck.coreprogram.CoreFunction;
import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreStmt;
import defercheck.coreprogram.Deferred;
import defercheck.coreprogram.GoPrinter;
import defercheck.coreprogram.Guard;
import defercheck.coreprogram.ResultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Go source back into the explorer core program {@link GoPrinter} printed it from, for trace files that
 * store no core form (claim witnesses, examples). Reads function headers and bodies line by line (the lines
 * between them are left to the last check), then exact: a program is recognized only when it is in the core
 * language ({@link CoreLanguage}) and GoPrinter prints it as exactly the given source, so anything else (other
 * statements, strings, other formatting, recursion) is not one. {@link #read} says why not, with the line.
 */
public final class CoreSourceReader {
    private static final Pattern FUNC = Pattern.compile("func (main|f\\d+)\\(\\)( int| \\(r int\\))? \\{(\\})?");
    private static final Pattern NUM = Pattern.compile("\\d+");
    private static final Form LOOP = new Form("for i := 0; i < ", "; i++ {", null);
    private static final List<Form> FORMS = List.of(
            new Form("println(", ")", CoreStmt.Print::new),
            new Form("println(f", "())", CoreStmt.Call::new),
            new Form("f", "()", CoreStmt.Call::new),
            new Form("r = ", "", CoreStmt.SetResult::new),
            new Form("panic(", ")", CoreStmt.Panic::new),
            new Form("return ", "", CoreStmt.Return::new),
            new Form("os.Exit(", ")", CoreStmt.Exit::new),
            new Form("defer f", "()", v -> new CoreStmt.Defer(Guard.PLAIN, new Deferred.Named(v))),
            new Form("defer panic(", ")", v -> new CoreStmt.Defer(Guard.PLAIN, new Deferred.PanicCall(v))),
            new Form("defer println(", ")", v -> new CoreStmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(v))));
    private final String[] lines;

    private CoreSourceReader(String source) {
        this.lines = source.split("\n", -1);
    }

    public static Optional<CoreProgram> recognize(String source) {
        try {
            return Optional.of(read(source));
        } catch (IllegalArgumentException notCore) {
            return Optional.empty();
        }
    }

    /** The core program GoPrinter prints as exactly {@code source}; else IllegalArgumentException with the reason. */
    public static CoreProgram read(String source) {
        CoreProgram p = new CoreSourceReader(source).program();
        CoreLanguage.check(p);
        String printed = GoPrinter.print(p);
        if (!printed.equals(source)) {
            throw new IllegalArgumentException(difference(source, printed));
        }
        return p;
    }

    private CoreProgram program() {
        List<CoreFunction> fns = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("func ")) {
                continue;
            }
            Matcher m = FUNC.matcher(lines[i]);
            if (!m.matches()) {
                throw error(i, "not a core function header (main or fN, no parameters, no result or int or"
                        + " (r int)): " + lines[i]);
            }
            if (!m.group(1).equals(CoreProgram.name(fns.size()))) {
                throw error(i, m.group(1) + " where " + CoreProgram.name(fns.size()) + " belongs (functions come"
                        + " in the order main, f1, f2, ...)");
            }
            ResultKind kind = m.group(2) == null ? ResultKind.NONE
                    : m.group(2).equals(" int") ? ResultKind.UNNAMED : ResultKind.NAMED;
            if (m.group(3) != null) {
                fns.add(new CoreFunction(kind, List.of()));
                continue;
            }
            int end = close(i + 1, lines.length, "}", m.group(1) + " has no closing brace");
            fns.add(new CoreFunction(kind, body(kind, i + 1, end)));
            i = end;
        }
        if (fns.isEmpty()) {
            throw new IllegalArgumentException("no functions");
        }
        return new CoreProgram(fns);
    }

    /** Lines from..to of a function body, without the lines GoPrinter adds for its result. */
    private List<CoreStmt> body(ResultKind kind, int from, int to) {
        if (kind == ResultKind.UNNAMED && from < to && lines[from].equals("\tr := 0")) {
            from++;
            if (from < to && lines[from].equals("\t_ = r")) {
                from++;
            }
        }
        if (kind != ResultKind.NONE && from < to
                && List.of("\treturn", "\treturn r", "\treturn 0").contains(lines[to - 1])) {
            to--;
        }
        return block(from, to, 1);
    }

    private List<CoreStmt> block(int from, int to, int depth) {
        List<CoreStmt> out = new ArrayList<>();
        String tabs = "\t".repeat(depth);
        int k = from;
        while (k < to) {
            String l = lines[k];
            if (!l.startsWith(tabs) || l.startsWith(tabs + "\t")) {
                throw error(k, "not indented by one tab per block, as gofmt does");
            }
            String t = l.substring(depth);
            Integer trips = LOOP.number(this, k, t);
            Guard g = t.equals("if yes {") ? Guard.IF_TRUE : t.equals("if no {") ? Guard.IF_FALSE
                    : trips != null && trips > 0 ? Guard.loop(trips) : null;
            if (g != null) {
                int end = close(k + 1, to, tabs + "}", "no closing brace for this block");
                List<CoreStmt> inner = block(k + 1, end, depth + 1);
                if (inner.size() != 1 || !(inner.get(0) instanceof CoreStmt.Defer d)) {
                    throw error(k, "an if or for around something other than one defer statement");
                }
                out.add(new CoreStmt.Defer(g, d.what()));
                k = end + 1;
            } else if (t.equals("defer func() {")) {
                int end = close(k + 1, to, tabs + "}()", "no closing }() for this deferred closure");
                out.add(new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(block(k + 1, end, depth + 1))));
                k = end + 1;
            } else {
                out.add(simple(k, t));
                k++;
            }
        }
        return out;
    }

    /** The first line in from..to that is {@code closing}; else the reason, at line {@code from - 1}. */
    private int close(int from, int to, String closing, String reason) {
        for (int k = from; k < to; k++) {
            if (lines[k].equals(closing)) {
                return k;
            }
        }
        throw error(from - 1, reason);
    }

    private CoreStmt simple(int k, String t) {
        CoreStmt fixed = switch (t) {
            case "defer func() {}()" -> new CoreStmt.Defer(Guard.PLAIN, new Deferred.Closure(List.of()));
            case "defer recover()" -> new CoreStmt.Defer(Guard.PLAIN, new Deferred.RecoverCall());
            case "fmt.Println(recover())" -> new CoreStmt.Recover();
            case "runtime.Goexit()" -> new CoreStmt.Goexit();
            default -> null;
        };
        if (fixed != null) {
            return fixed;
        }
        for (Form f : FORMS) {
            Integer v = f.number(this, k, t);
            if (v != null) {
                return f.stmt().apply(v);
            }
        }
        throw error(k, "not a core statement: " + t);
    }

    private IllegalArgumentException error(int k, String reason) {
        return new IllegalArgumentException("line " + (k + 1) + ": " + reason);
    }

    /** A statement GoPrinter prints as {@code prefix}, a number, {@code suffix}. */
    private record Form(String prefix, String suffix, IntFunction<CoreStmt> stmt) {
        /** The number when {@code t} has this form, else null. */
        Integer number(CoreSourceReader r, int k, String t) {
            if (!t.startsWith(prefix) || !t.endsWith(suffix) || t.length() <= prefix.length() + suffix.length()) {
                return null;
            }
            String n = t.substring(prefix.length(), t.length() - suffix.length());
            if (!NUM.matcher(n).matches()) {
                return null;
            }
            try {
                return Integer.parseInt(n);
            } catch (NumberFormatException e) {
                throw r.error(k, "not an int: " + n);
            }
        }
    }

    /** Where the source leaves the text GoPrinter prints for the program it reads as. */
    private static String difference(String source, String printed) {
        String[] a = source.split("\n", -1);
        String[] b = printed.split("\n", -1);
        int k = 0;
        while (k < a.length && k < b.length && a[k].equals(b[k])) {
            k++;
        }
        return "line " + (k + 1) + (k < a.length ? " is " + quote(a[k]) : " is past the end of the source")
                + " where GoPrinter prints " + (k < b.length ? quote(b[k]) : "nothing") + " for the core program"
                + " the source reads as";
    }

    /** The line as a Go or Java string literal spells it. */
    private static String quote(String line) {
        return "\"" + line.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r")
                + "\"";
    }
}
