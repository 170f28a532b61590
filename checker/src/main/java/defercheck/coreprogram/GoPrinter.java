package defercheck.coreprogram;

import java.util.List;

/**
 * Prints a core program as Go source that gofmt leaves alone and the real compiler accepts: imports and
 * package variables only where used, a terminating {@code return} where a function with a result needs
 * one, and recovered values printed with {@code fmt.Println} (println of an interface prints addresses).
 * Deterministic: the same program gives the same bytes.
 */
public final class GoPrinter {
    private final CoreProgram program;
    private final StringBuilder out = new StringBuilder();
    private final Uses uses;

    private GoPrinter(CoreProgram program) {
        this.program = program;
        this.uses = Uses.of(program);
    }

    public static String print(CoreProgram program) {
        GoPrinter p = new GoPrinter(program);
        p.file();
        return p.out.toString();
    }

    private void file() {
        out.append("package main\n");
        imports();
        globals();
        types();
        for (int i = 0; i < program.functions().size(); i++) {
            out.append('\n');
            function(i, program.function(i));
        }
    }

    private void imports() {
        List<String> names = uses.imports();
        if (names.size() == 1) {
            out.append("\nimport \"").append(names.get(0)).append("\"\n");
        } else if (!names.isEmpty()) {
            out.append("\nimport (\n");
            names.forEach(n -> out.append("\t\"").append(n).append("\"\n"));
            out.append(")\n");
        }
    }

    private void globals() {
        if (uses.yes() && uses.no()) {
            out.append("\nvar yes, no = true, false\n");
        } else if (uses.yes()) {
            out.append("\nvar yes = true\n");
        } else if (uses.no()) {
            out.append("\nvar no = false\n");
        }
        if (uses.sync()) {
            out.append("\nvar wg sync.WaitGroup\n");
        }
    }

    /** {@code R}, the type of {@code r} when a method of it is deferred, and {@code I}; see {@link Deferred}. */
    private void types() {
        if (uses.methods()) {
            out.append("\ntype R int\n");
            out.append("\nfunc (x R) show() { println(x) }\n");
            out.append("\nfunc (x *R) pshow() { println(*x) }\n");
        }
        if (uses.nilInterface()) {
            out.append("\ntype I interface{ show() }\n");
        }
    }

    private void function(int id, CoreFunction f) {
        out.append("func ").append(CoreProgram.name(id)).append("()");
        out.append(switch (f.result()) {
            case NONE -> "";
            case UNNAMED -> uses.methods() ? " R" : " int";
            case NAMED -> uses.methods() ? " (r R)" : " (r int)";
        });
        boolean localR = f.result() == ResultKind.UNNAMED && Uses.usesR(f.body());
        boolean needsReturn = f.result().hasResult() && !endsTerminating(f.body());
        if (f.body().isEmpty() && !localR && !needsReturn) {
            out.append(" {}\n");
            return;
        }
        out.append(" {\n");
        if (localR) {
            line(1, uses.methods() ? "r := R(0)" : "r := 0");
            if (!needsReturn) {
                line(1, "_ = r");
            }
        }
        stmts(1, f.body(), f.result());
        if (needsReturn) {
            line(1, f.result() == ResultKind.NAMED ? "return" : localR ? "return r" : "return 0");
        }
        out.append("}\n");
    }

    /** Go's terminating statements (spec "Terminating statements"): Goexit and os.Exit are ordinary calls. */
    static boolean endsTerminating(List<CoreStmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        CoreStmt last = body.get(body.size() - 1);
        return last instanceof CoreStmt.Return || last instanceof CoreStmt.Panic;
    }

    private void stmts(int depth, List<CoreStmt> body, ResultKind kind) {
        for (CoreStmt s : body) {
            stmt(depth, s, kind);
        }
    }

    private void stmt(int depth, CoreStmt s, ResultKind kind) {
        if (s instanceof CoreStmt.Defer d) {
            deferStmt(depth, d, kind);
        } else if (s instanceof CoreStmt.Go g) {
            line(depth, "wg.Add(1)");
            line(depth, "go func() {");
            line(depth + 1, "defer wg.Done()");
            line(depth + 1, CoreProgram.name(g.function()) + "()");
            line(depth, "}()");
        } else {
            line(depth, simple(s));
        }
    }

    private String simple(CoreStmt s) {
        if (s instanceof CoreStmt.Print p) {
            return "println(" + p.value() + ")";
        } else if (s instanceof CoreStmt.Recover) {
            return "fmt.Println(recover())";
        } else if (s instanceof CoreStmt.Call c) {
            String call = CoreProgram.name(c.function()) + "()";
            return program.function(c.function()).result().hasResult() ? "println(" + call + ")" : call;
        } else if (s instanceof CoreStmt.SetResult r) {
            return "r = " + r.value();
        } else if (s instanceof CoreStmt.Panic p) {
            return "panic(" + p.value() + ")";
        } else if (s instanceof CoreStmt.Return r) {
            return "return " + r.value();
        } else if (s instanceof CoreStmt.Goexit) {
            return "runtime.Goexit()";
        } else if (s instanceof CoreStmt.Exit e) {
            return "os.Exit(" + e.value() + ")";
        } else if (s instanceof CoreStmt.Wait) {
            return "wg.Wait()";
        }
        throw new AssertionError(s);
    }

    private void deferStmt(int depth, CoreStmt.Defer d, ResultKind kind) {
        Guard g = d.guard();
        String block = switch (g.kind()) {
            case PLAIN -> null;
            case IF_TRUE -> "if yes {";
            case IF_FALSE -> "if no {";
            case LOOP -> "for i := 0; i < " + g.trips() + "; i++ {";
        };
        if (block == null) {
            deferred(depth, d.what(), kind);
            return;
        }
        line(depth, block);
        deferred(depth + 1, d.what(), kind);
        line(depth, "}");
    }

    private void deferred(int depth, Deferred what, ResultKind kind) {
        if (what instanceof Deferred.Closure c) {
            if (c.body().isEmpty()) {
                line(depth, "defer func() {}()");
            } else {
                line(depth, "defer func() {");
                stmts(depth + 1, c.body(), kind);
                line(depth, "}()");
            }
        } else if (what instanceof Deferred.Named n) {
            line(depth, "defer " + CoreProgram.name(n.function()) + "()");
        } else if (what instanceof Deferred.RecoverCall) {
            line(depth, "defer recover()");
        } else if (what instanceof Deferred.PanicCall p) {
            line(depth, "defer panic(" + p.value() + ")");
        } else if (what instanceof Deferred.PrintlnCall p) {
            line(depth, "defer println(" + p.value() + ")");
        } else if (what instanceof Deferred.ValueMethod) {
            line(depth, "defer r.show()");
        } else if (what instanceof Deferred.PointerMethod) {
            line(depth, "defer r.pshow()");
        } else if (what instanceof Deferred.NilInterfaceMethod) {
            line(depth, "defer I(nil).show()");
        } else {
            throw new AssertionError(what);
        }
    }

    private void line(int depth, String text) {
        out.append("\t".repeat(depth)).append(text).append('\n');
    }
}
