package defercheck.plan;

import defercheck.ir.Builtin;
import defercheck.ir.Capture;
import defercheck.ir.Constant;
import defercheck.ir.DeferSite;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.ir.Slot;
import defercheck.ir.Type;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Hand-built IR for planner tests, independent of the front end. Spans use file "prog.go". */
final class Ir {

    static final String FILE = "prog.go";

    private Ir() { }

    static Span at(int line, int col) {
        return Span.at(FILE, line, col);
    }

    static Program program(Fn... fns) {
        List<Function> functions = new ArrayList<>();
        for (Fn f : fns) {
            functions.add(f.build());
        }
        int main = 0;
        for (Function f : functions) {
            if (f.name().equals("main.main")) {
                main = f.id();
            }
        }
        return new Program(new SourceFile(FILE, ""), GoVersion.DEFAULT, functions, List.of(), -1, main);
    }

    /** A builder for one function; instructions are appended in order. */
    static final class Fn {
        private final int id;
        private final String name;
        private final int parent;
        private int params;
        private int results;
        private boolean named;
        private final List<Slot> slots = new ArrayList<>();
        private final List<Instr> code = new ArrayList<>();
        private final List<DeferSite> sites = new ArrayList<>();
        private int returns;
        private int captures;

        Fn(int id, String name, int parent) {
            this.id = id;
            this.name = name;
            this.parent = parent;
        }

        static Fn top(int id, String name) {
            return new Fn(id, "main." + name, -1);
        }

        static Fn closure(int id, String name, int parent) {
            return new Fn(id, name, parent);
        }

        /** Named int results, held in boxes when {@code boxed} (some closure captures them). */
        Fn namedResults(int n, boolean boxed) {
            for (int k = 0; k < n; k++) {
                slots.add(new Slot("r" + k, Type.INT, boxed, Span.NONE));
            }
            results = n;
            named = true;
            return this;
        }

        Fn param(Type t) {
            slots.add(params, new Slot("p" + params, t, false, Span.NONE));
            params++;
            return this;
        }

        Fn captures(int n) {
            captures = n;
            return this;
        }

        int local(Type t, boolean boxed) {
            slots.add(new Slot("v" + slots.size(), t, boxed, Span.NONE));
            return slots.size() - 1;
        }

        int here() {
            return code.size();
        }

        Fn emit(Instr in) {
            code.add(in);
            return this;
        }

        Fn push(long v) {
            return emit(new Instr.PushConst(new Constant.IntConst(v), Span.NONE));
        }

        /** {@code defer println()} at line:col. */
        Fn deferPrintln(int line, int col, boolean inLoop) {
            int site = site(line, col, inLoop, "println");
            return emit(new Instr.DeferBuiltin(site, Builtin.PRINTLN, 0, at(line, col)));
        }

        /** {@code defer func(){...}()} of closure {@code fn} capturing the given local slots. */
        Fn deferClosure(int line, int col, boolean inLoop, int fn, int... captured) {
            makeClosure(fn, captured);
            int site = site(line, col, inLoop, "func literal");
            return emit(new Instr.Defer(site, 0, at(line, col)));
        }

        Fn makeClosure(int fn, int... captured) {
            List<Capture> cs = new ArrayList<>();
            for (int s : captured) {
                cs.add(new Capture.FromLocal(s));
            }
            return emit(new Instr.MakeClosure(fn, cs, Span.NONE));
        }

        Fn ret() {
            returns++;
            return emit(new Instr.Return(Span.NONE));
        }

        /** The Return the lowering adds for falling off the end; not a return statement. */
        Fn implicitReturn() {
            return emit(new Instr.Return(Span.NONE));
        }

        /** {@code if p0 == k { return }}. */
        Fn ifReturn(long k) {
            emit(new Instr.LoadLocal(0, Span.NONE));
            push(k);
            emit(new Instr.Binary(defercheck.ir.BinaryOp.EQ, Type.INT, Span.NONE));
            int after = here() + 2;
            emit(new Instr.JumpIfFalse(after, Span.NONE));
            return ret();
        }

        Fn panicConst() {
            push(1);
            return emit(new Instr.CallBuiltin(Builtin.PANIC, 1, 0, Span.NONE));
        }

        private int site(int line, int col, boolean inLoop, String callee) {
            sites.add(new DeferSite(sites.size(), at(line, col), inLoop, callee));
            return sites.size() - 1;
        }

        Function build() {
            List<Type> ps = new ArrayList<>();
            for (int k = 0; k < params; k++) {
                ps.add(slots.get(k).type());
            }
            Type.Func type = new Type.Func(ps, Collections.nCopies(results, Type.INT));
            return new Function(id, name, Span.NONE, type, params, results, named, slots, captures, code, sites,
                    returns, parent);
        }
    }
}
