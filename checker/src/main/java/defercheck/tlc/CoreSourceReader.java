package defercheck.tlc;

import defercheck.core.CoreFunction;
import defercheck.core.CoreProgram;
import defercheck.core.Deferred;
import defercheck.core.GoPrinter;
import defercheck.core.Guard;
import defercheck.core.ResultKind;
import defercheck.core.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Go source back into the explorer core program {@link GoPrinter} printed it from, for trace files that
 * store no core form (claim witnesses, examples). Lenient line by line, then exact: a program is recognized
 * only when it is in the core language ({@link CoreLanguage}) and GoPrinter prints it as exactly the given
 * source, so anything else (other statements, strings, other formatting, recursion) is not one.
 */
public final class CoreSourceReader {
    private static final Pattern FUNC = Pattern.compile("func (main|f(\\d+))\\(\\)( int| \\(r int\\))? \\{(\\})?");
    private static final Pattern NUM = Pattern.compile("\\d+");
    private final String[] lines;
    private int i;

    private CoreSourceReader(String source) {
        this.lines = source.split("\n", -1);
    }

    public static Optional<CoreProgram> recognize(String source) {
        try {
            CoreProgram p = new CoreSourceReader(source).program();
            CoreLanguage.check(p);
            return GoPrinter.print(p).equals(source) ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException notCore) {
            return Optional.empty();
        }
    }

    private CoreProgram program() {
        List<CoreFunction> fns = new ArrayList<>();
        for (i = 0; i < lines.length; i++) {
            Matcher m = FUNC.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            if (fns.size() != (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)))) {
                throw new IllegalArgumentException("functions out of order");
            }
            ResultKind kind = m.group(3) == null ? ResultKind.NONE
                    : m.group(3).equals(" int") ? ResultKind.UNNAMED : ResultKind.NAMED;
            if (m.group(4) != null) {
                fns.add(new CoreFunction(kind, List.of()));
                continue;
            }
            int start = ++i;
            while (!lines[i].equals("}")) {
                i++;
            }
            List<String> body = new ArrayList<>(List.of(lines).subList(start, i));
            if (kind == ResultKind.UNNAMED && !body.isEmpty() && body.get(0).equals("\tr := 0")) {
                body.remove(0);
                if (!body.isEmpty() && body.get(0).equals("\t_ = r")) {
                    body.remove(0);
                }
            }
            if (kind != ResultKind.NONE && !body.isEmpty()
                    && List.of("\treturn", "\treturn r", "\treturn 0").contains(body.get(body.size() - 1))) {
                body.remove(body.size() - 1);
            }
            fns.add(new CoreFunction(kind, block(body, 0, body.size(), 1)));
        }
        if (fns.isEmpty()) {
            throw new IllegalArgumentException("no functions");
        }
        return new CoreProgram(fns);
    }

    private static List<Stmt> block(List<String> ls, int from, int to, int depth) {
        List<Stmt> out = new ArrayList<>();
        String tabs = "\t".repeat(depth);
        int k = from;
        while (k < to) {
            String l = ls.get(k);
            if (!l.startsWith(tabs) || l.startsWith(tabs + "\t")) {
                throw new IllegalArgumentException("indentation");
            }
            String t = l.substring(depth);
            Guard g = null;
            if (t.equals("if yes {")) {
                g = Guard.IF_TRUE;
            } else if (t.equals("if no {")) {
                g = Guard.IF_FALSE;
            } else if (t.startsWith("for i := 0; i < ")) {
                g = Guard.loop(num(t));
            }
            if (g != null) {
                int end = close(ls, k + 1, to, tabs + "}");
                List<Stmt> inner = block(ls, k + 1, end, depth + 1);
                if (inner.size() != 1 || !(inner.get(0) instanceof Stmt.Defer d)) {
                    throw new IllegalArgumentException("a guard around something other than one defer");
                }
                out.add(new Stmt.Defer(g, d.what()));
                k = end + 1;
            } else if (t.equals("defer func() {")) {
                int end = close(ls, k + 1, to, tabs + "}()");
                out.add(new Stmt.Defer(Guard.PLAIN, new Deferred.Closure(block(ls, k + 1, end, depth + 1))));
                k = end + 1;
            } else {
                out.add(simple(t));
                k++;
            }
        }
        return out;
    }

    private static int close(List<String> ls, int from, int to, String closing) {
        for (int k = from; k < to; k++) {
            if (ls.get(k).equals(closing)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unclosed block");
    }

    private static Stmt simple(String t) {
        if (t.equals("defer func() {}()")) {
            return new Stmt.Defer(Guard.PLAIN, new Deferred.Closure(List.of()));
        } else if (t.equals("defer recover()")) {
            return new Stmt.Defer(Guard.PLAIN, new Deferred.RecoverCall());
        } else if (t.startsWith("defer panic(")) {
            return new Stmt.Defer(Guard.PLAIN, new Deferred.PanicCall(num(t)));
        } else if (t.startsWith("defer println(")) {
            return new Stmt.Defer(Guard.PLAIN, new Deferred.PrintlnCall(num(t)));
        } else if (t.startsWith("defer f")) {
            return new Stmt.Defer(Guard.PLAIN, new Deferred.Named(num(t)));
        } else if (t.equals("fmt.Println(recover())")) {
            return new Stmt.Recover();
        } else if (t.startsWith("println(f") || t.matches("f\\d+\\(\\)")) {
            return new Stmt.Call(num(t));
        } else if (t.startsWith("println(")) {
            return new Stmt.Print(num(t));
        } else if (t.startsWith("r = ")) {
            return new Stmt.SetResult(num(t));
        } else if (t.startsWith("panic(")) {
            return new Stmt.Panic(num(t));
        } else if (t.startsWith("return ")) {
            return new Stmt.Return(num(t));
        } else if (t.equals("runtime.Goexit()")) {
            return new Stmt.Goexit();
        } else if (t.startsWith("os.Exit(")) {
            return new Stmt.Exit(num(t));
        }
        throw new IllegalArgumentException("not a core statement: " + t);
    }

    /** The first number in the line ("for i := 0; ..." skips the 0). */
    private static int num(String t) {
        Matcher m = NUM.matcher(t.startsWith("for i := 0") ? t.substring("for i := 0".length()) : t);
        if (!m.find()) {
            throw new IllegalArgumentException("no number in " + t);
        }
        return Integer.parseInt(m.group());
    }
}
