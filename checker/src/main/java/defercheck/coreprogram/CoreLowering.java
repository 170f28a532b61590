package defercheck.coreprogram;

import defercheck.ir.Function;
import defercheck.ir.Global;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.ir.Type;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lowers a core program straight to the IR, without printing and parsing it: the explorer's fast path.
 * It produces what {@code Frontend.compile(GoPrinter.print(p))} produces (function numbering, slots, boxes,
 * captures, defer sites, lines), which a property test checks by running both on the machines. Columns are
 * those of each statement's first token; expression columns inside a line are not reproduced. Method defers
 * ({@link Deferred.ValueMethod}, {@link Deferred.PointerMethod}, {@link Deferred.NilInterfaceMethod}) lower to
 * instructions the IR already has (a call with the receiver as its argument, {@code &r}, a nil dereference);
 * until the front end compiles methods, that property test leaves them out, and MethodDefersTest and the oracle
 * ({@code oracle --bound f1s2d1l1v1n3-noconds-methods}) check them against real Go instead.
 */
public final class CoreLowering {
    static final String FILE = "prog.go";
    private final CoreProgram program;
    private final GoVersion language;
    private final Uses uses;
    private final Function[] functions;
    private int nextClosure;
    int line;

    private CoreLowering(CoreProgram program, GoVersion language) {
        this.program = program;
        this.language = language;
        this.uses = Uses.of(program);
        int top = program.functions().size() + (hasInit() ? 1 : 0);
        this.functions = new Function[top + closures(program) + (uses.methods() ? 2 : 0)];
        this.nextClosure = top;
    }

    /** The IR program; {@code source} is the printed text (for traces and crash reports), or null to print it. */
    public static Program lower(CoreProgram p, GoVersion language, String source) {
        if (Uses.of(p).sync()) {
            return throughFrontEnd(source == null || source.isEmpty() ? GoPrinter.print(p) : source, language);
        }
        String text = source != null ? source : GoPrinter.print(p);
        CoreLowering l = new CoreLowering(p, language);
        return l.run(new SourceFile(FILE, text));
    }

    /**
     * A program with goroutines goes through the front end: its {@code go} statements, closures and WaitGroup
     * calls are the front end's own lowering, which the corpus checks against real Go; this class reproduces
     * only the single-goroutine forms, where the explorer's speed needs it.
     */
    private static Program throughFrontEnd(String text, GoVersion language) {
        defercheck.Compilation c = defercheck.Frontend.compile(new SourceFile(FILE, text), language);
        if (!c.ok()) {
            throw new IllegalStateException("the front end rejects a printed core program:\n" + text + c.diagnostics());
        }
        return c.program();
    }

    private boolean hasInit() {
        return uses.yes() || uses.no();
    }

    private static int closures(CoreProgram p) {
        int n = 0;
        for (CoreFunction f : p.functions()) {
            n += closures(f.body());
        }
        return n;
    }

    private static int closures(List<CoreStmt> body) {
        int n = 0;
        for (CoreStmt s : body) {
            if (s instanceof CoreStmt.Defer d && d.what() instanceof Deferred.Closure c) {
                n += 1 + closures(c.body());
            }
        }
        return n;
    }

    private Program run(SourceFile file) {
        line = 1 + importLines() + (hasInit() ? 2 : 0) + uses.declarationLines();
        for (int i = 0; i < program.functions().size(); i++) {
            line += 2;
            functions[i] = new TopLevelLowerer(this, i, program.function(i)).lower();
        }
        List<Global> globals = new ArrayList<>();
        int init = -1;
        if (hasInit()) {
            init = program.functions().size();
            functions[init] = initFunction(globals);
        }
        if (uses.methods()) {
            int declared = 1 + importLines() + (hasInit() ? 2 : 0) + 4;
            functions[showId()] = method(showId(), "main.R.show", declared, Type.INT);
            functions[showId() + 1] = method(showId() + 1, "main.(*R).pshow", declared + 2, new Type.Pointer(Type.INT));
        }
        return new Program(file, language, Arrays.asList(functions), globals, init, 0);
    }

    /**
     * The id of {@code R.show}; {@code (*R).pshow} follows it. Both come after the closures, so a program
     * without methods numbers its functions as before. {@code R} is {@code int} here: println prints both alike.
     */
    int showId() {
        return functions.length - 2;
    }

    /** {@code func (x R) show() { println(x) }} or {@code func (x *R) pshow() { println(*x) }}: the receiver is slot 0. */
    private static Function method(int id, String name, int line, Type receiver) {
        Span at = span(line, 1);
        boolean pointer = receiver instanceof Type.Pointer;
        Span body = span(line, pointer ? 23 : 21);
        List<Instr> code = new ArrayList<>();
        code.add(new Instr.LoadLocal(0, body));
        if (pointer) {
            code.add(new Instr.Deref(body));
        }
        code.add(new Instr.CallBuiltin(defercheck.ir.Builtin.PRINTLN, 1, 0, body));
        code.add(new Instr.Return(span(line, pointer ? 35 : 32)));
        return new Function(id, name, at, new Type.Func(List.of(receiver), List.of()), 1, 0, false,
                List.of(new defercheck.ir.Slot("x", receiver, false, span(line, 7))), 0, code, List.of(), 0, -1);
    }

    private int importLines() {
        int n = uses.imports().size();
        return n == 0 ? 0 : n == 1 ? 2 : n + 3;
    }

    private Function initFunction(List<Global> globals) {
        int varLine = 1 + importLines() + 2;
        List<Instr> code = new ArrayList<>();
        Span at = span(varLine, 1);
        if (uses.yes()) {
            globals.add(new Global("yes", Type.BOOL, span(varLine, 5)));
        }
        if (uses.no()) {
            globals.add(new Global("no", Type.BOOL, span(varLine, uses.yes() ? 10 : 5)));
        }
        if (uses.yes()) {
            code.add(new Instr.PushConst(new defercheck.ir.Constant.BoolConst(true), at));
        }
        if (uses.no()) {
            code.add(new Instr.PushConst(new defercheck.ir.Constant.BoolConst(false), at));
        }
        for (int g = globals.size() - 1; g >= 0; g--) {
            code.add(new Instr.StoreGlobal(g, at));
        }
        code.add(new Instr.Return(span(1, 9)));
        return new Function(program.functions().size(), "main.init", span(1, 9), new Type.Func(List.of(), List.of()),
                0, 0, false, List.of(), 0, code, List.of(), 0, -1);
    }

    /** The global index of {@code yes} or {@code no}. */
    int global(boolean yes) {
        return yes || !uses.yes() ? 0 : 1;
    }

    int allocateClosure() {
        return nextClosure++;
    }

    void define(Function f) {
        functions[f.id()] = f;
    }

    CoreProgram program() {
        return program;
    }

    static Span span(int line, int col) {
        return new Span(FILE, line, col, line, col);
    }
}
