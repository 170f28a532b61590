package defercheck.lower;

import defercheck.ir.Constant;
import defercheck.ir.Instr;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jumps of one function body: the enclosing for and switch statements that break and continue leave or
 * restart, the labels that goto reaches, and the escape analysis' loop depth that decides whether a defer
 * needs a heap record. The checker has already rejected every invalid branch.
 */
final class Branches {

    /** A for or switch statement that branches may leave (and, for a for, restart); patched when it ends. */
    static final class Target {
        final String label;
        final boolean loop;
        final List<Integer> breaks = new ArrayList<>();
        final List<Integer> continues = new ArrayList<>();

        Target(String label, boolean loop) {
            this.label = label;
            this.loop = loop;
        }
    }

    private static final Constant TRUE = new Constant.BoolConst(true);
    private static final Constant FALSE = new Constant.BoolConst(false);

    private final FunctionLowerer f;
    private final Deque<Target> targets = new ArrayDeque<>();
    private final Map<String, Integer> labelAt = new HashMap<>();
    private final Map<String, List<Integer>> pendingGotos = new HashMap<>();
    private final Set<String> looping = new HashSet<>();
    /**
     * gc's escape analysis loopDepth minus one: enclosing for loops plus labels that a later goto targets
     * (escape.go walkFunc's "looping" labels). A defer at depth 0 gets a stack record or is open-coded.
     */
    private int loopDepth;

    Branches(FunctionLowerer f) {
        this.f = f;
    }

    /** Finds the looping labels: a goto that comes after its label in source order (escape.go walkFunc). */
    void scan(Block body) {
        new LoopingLabels().stmts(body.stmts());
    }

    boolean inLoop() {
        return loopDepth > 0;
    }

    /**
     * The depth to restore when an escape-analysis block ends: the bodies of if, else, for and case clauses
     * (escape.go block), but not a plain {@code {...}}, whose statements join the enclosing list.
     */
    int depth() {
        return loopDepth;
    }

    void restore(int depth) {
        loopDepth = depth;
    }

    Target enterLoop(String label) {
        loopDepth++;
        return push(new Target(label, true));
    }

    Target enterSwitch(String label) {
        return push(new Target(label, false));
    }

    private Target push(Target t) {
        targets.push(t);
        return t;
    }

    /** Ends a for or switch: its breaks go to {@code end}, a loop's continues to {@code next}. */
    void leave(Target t, int end, int next) {
        targets.pop();
        if (t.loop) {
            loopDepth--;
        }
        t.breaks.forEach(b -> f.patch(b, end));
        t.continues.forEach(c -> f.patch(c, next));
    }

    /**
     * A label: gotos already waiting for it are patched here. Like ssagen, which starts a new block at every
     * label as if a goto to it preceded it, a goto to the next instruction marks the spot, so that the plan
     * sees a block start even where no goto jumps to this label.
     */
    void label(LabeledStmt s) {
        String name = s.label().name();
        if (name.equals("_")) {
            return;
        }
        f.emit(new Instr.Goto(f.here() + 1, s.label().span()));
        int at = f.here();
        labelAt.put(name, at);
        for (int g : pendingGotos.getOrDefault(name, List.of())) {
            f.patch(g, at);
        }
        pendingGotos.remove(name);
        if (looping.contains(name)) {
            loopDepth++;
        }
    }

    void branch(BranchStmt s) {
        if (s.kind() == TokenKind.FALLTHROUGH) {
            return; // case bodies are laid out in source order: the next one follows
        }
        if (f.rangeBody != null && f.rangeFuncs.leaves(s)) {
            f.rangeFuncs.leave(s);
            return;
        }
        if (s.kind() == TokenKind.GOTO) {
            String name = s.label().name();
            Integer at = labelAt.get(name);
            int g = f.emit(new Instr.Goto(at == null ? -1 : at, s.span()));
            if (at == null) {
                pendingGotos.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
            }
            return;
        }
        Target t = target(s);
        int j = f.emit(new Instr.Jump(-1, s.span()));
        (s.kind() == TokenKind.BREAK ? t.breaks : t.continues).add(j);
    }

    private Target target(BranchStmt s) {
        Target t = find(s);
        if (t == null) {
            throw new AssertionError("no target for " + s);
        }
        return t;
    }

    /** Whether a break or continue has its target in this function (not beyond a range-over-func body). */
    boolean hasTarget(BranchStmt s) {
        return find(s) != null;
    }

    private Target find(BranchStmt s) {
        boolean isContinue = s.kind() == TokenKind.CONTINUE;
        for (Target t : targets) {
            boolean named = s.label() == null || s.label().name().equals(t.label);
            if (named && (t.loop || !isContinue)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The source-order walk of escape.go walkFunc: a label seen before a goto to it heads a loop. Code that gc
     * removes before escape analysis (the body of {@code if false}, the else of {@code if true}, the clauses
     * of a switch resolved at compile time) holds no gotos for it.
     */
    private final class LoopingLabels {
        private final Set<String> seen = new HashSet<>();

        void stmts(List<Stmt> list) {
            list.forEach(this::stmt);
        }

        void stmt(Stmt s) {
            if (s instanceof LabeledStmt l) {
                seen.add(l.label().name());
                stmt(l.stmt());
            } else if (s instanceof BranchStmt b && b.kind() == TokenKind.GOTO && seen.contains(b.label().name())) {
                looping.add(b.label().name());
            } else if (s instanceof Block b) {
                stmts(b.stmts());
            } else if (s instanceof IfStmt i) {
                Constant c = f.ctx.info.constantOf(i.cond());
                if (!FALSE.equals(c)) {
                    stmt(i.then());
                }
                if (i.otherwise() != null && !TRUE.equals(c)) {
                    stmt(i.otherwise());
                }
            } else if (s instanceof ForStmt fs) {
                if (fs.cond() == null || !FALSE.equals(f.ctx.info.constantOf(fs.cond()))) {
                    stmt(fs.body());
                }
            } else if (s instanceof SwitchStmt sw) {
                int only = SwitchLowerer.staticClause(sw, f.ctx.info);
                clauses(only == SwitchLowerer.DYNAMIC ? sw.clauses()
                        : only == SwitchLowerer.NONE ? List.of() : List.of(sw.clauses().get(only)));
            } else if (s instanceof TypeSwitchStmt ts) {
                clauses(ts.clauses());
            }
        }

        private void clauses(List<CaseClause> clauses) {
            clauses.forEach(c -> stmts(c.body()));
        }
    }
}
