package defercheck.check;

import defercheck.source.Diagnostic;
import defercheck.source.Span;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.AssignStmt;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.BranchStmt;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.DeclStmt;
import defercheck.syntax.ast.ForStmt;
import defercheck.syntax.ast.IfStmt;
import defercheck.syntax.ast.LabeledStmt;
import defercheck.syntax.ast.Stmt;
import defercheck.syntax.ast.SwitchStmt;
import defercheck.syntax.ast.TypeSwitchStmt;
import defercheck.syntax.ast.VarSpec;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels and branch statements of one function body (Go spec "Labeled statements", "Break", "Continue",
 * "Goto", "Fallthrough"). gc checks these in its parser (cmd/compile/internal/syntax, checkBranches), not
 * in the type checker, with its own wording: "label L defined and not used", "goto L jumps over declaration
 * of x at ...", "goto L jumps into block starting at ...", "invalid break label L" and so on. Closures are
 * separate bodies with their own labels.
 */
final class BranchChecker {

    /** A declared label: the block that holds it and whether some branch names it. */
    private static final class Label {
        final Scope block;
        final LabeledStmt stmt;
        boolean used;

        Label(Scope block, LabeledStmt stmt) {
            this.block = block;
            this.stmt = stmt;
        }
    }

    /** A block of statements: where it starts (for messages) and the labeled statement it belongs to. */
    private record Scope(Scope parent, Span start, LabeledStmt labeled) { }

    /**
     * What an unlabeled branch may target here: the innermost for, switch or type switch (break), the
     * innermost for (continue), and for a case body its clause index in the enclosing switch, else -1.
     */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex) { }

    private final Env env;
    private final Map<String, Label> labels = new LinkedHashMap<>();

    private BranchChecker(Env env) {
        this.env = env;
    }

    /** Branch errors wait in the function's context: gc reports them only for a body its parser accepted. */
    private void report(Span at, String message) {
        env.ctx.branchErrors.add(new Diagnostic(at, message));
    }

    static void check(Env env, Block body) {
        BranchChecker c = new BranchChecker(env);
        List<BranchStmt> unresolved = c.block(null, new Targets(null, null, -1), null, body.span(), body.stmts());
        c.finish(unresolved);
    }

    /** Forward gotos whose label never came are undefined or jump into a block; unused labels are errors. */
    private void finish(List<BranchStmt> unresolved) {
        for (BranchStmt g : unresolved) {
            String name = g.label().name();
            Label l = labels.get(name);
            if (l != null) {
                l.used = true;
                report(g.label().span(), "goto " + name + " jumps into block starting at " + l.block.start().position());
            } else {
                report(g.label().span(), "label " + name + " not defined");
            }
        }
        for (Label l : labels.values()) {
            if (!l.used) {
                report(l.stmt.label().span(), "label " + l.stmt.label().name() + " defined and not used");
            }
        }
    }

    /** One statement list; returns the gotos in it that still wait for a label later in an enclosing block. */
    private List<BranchStmt> block(Scope parent, Targets ctx, LabeledStmt labeled, Span start, List<Stmt> body) {
        Walk w = new Walk(new Scope(parent, start, labeled), ctx);
        for (int i = 0; i < body.size(); i++) {
            w.stmt(body.get(i), i + 1 == body.size());
        }
        return w.forward;
    }

    /** The state of one statement list: pending forward gotos and the last variable declaration seen. */
    private final class Walk {
        final Scope scope;
        final Targets ctx;
        final List<BranchStmt> forward = new ArrayList<>();
        List<BranchStmt> overDeclaration = List.of();
        String declName;
        Span declAt;

        Walk(Scope scope, Targets ctx) {
            this.scope = scope;
            this.ctx = ctx;
        }

        void stmt(Stmt s, boolean last) {
            LabeledStmt labeled = null;
            while (s instanceof LabeledStmt l) {
                declare(l);
                labeled = l;
                s = l.stmt();
            }
            if (s instanceof DeclStmt d) {
                VarSpec first = d.decl().specs().isEmpty() ? null : d.decl().specs().get(0);
                if (first != null && !first.names().isEmpty()) {
                    declared(first.names().get(0).name(), first.names().get(0).span());
                }
            } else if (s instanceof AssignStmt a && a.op() == TokenKind.DEFINE) {
                declared(ExprPrinter.printList(a.lhs()), a.opSpan());
            } else if (s instanceof BranchStmt b) {
                branch(b, last);
            } else {
                nested(s, labeled);
            }
        }

        /** From a variable declaration on, every pending forward goto would jump over it if its label follows. */
        private void declared(String name, Span at) {
            declName = name;
            declAt = at;
            overDeclaration = new ArrayList<>(forward);
        }

        private void declare(LabeledStmt l) {
            String name = l.label().name();
            if (name.equals("_")) {
                return;
            }
            Label old = labels.get(name);
            Label label = old;
            if (old != null) {
                report(l.label().span(), "label " + name + " already defined at " + old.stmt.label().span().position());
            } else {
                label = new Label(scope, l);
                labels.put(name, label);
            }
            List<BranchStmt> still = new ArrayList<>();
            for (BranchStmt g : forward) {
                if (!g.label().name().equals(name)) {
                    still.add(g);
                    continue;
                }
                label.used = true;
                if (declAt != null && overDeclaration.contains(g)) {
                    report(g.label().span(), "goto " + name + " jumps over declaration of " + declName + " at "
                            + declAt.position());
                }
            }
            forward.clear();
            forward.addAll(still);
        }

        private void nested(Stmt s, LabeledStmt labeled) {
            Targets plain = new Targets(ctx.breaks(), ctx.continues(), -1);
            if (s instanceof Block b) {
                inner(plain, labeled, b.span(), b.stmts());
            } else if (s instanceof IfStmt i) {
                inner(plain, labeled, i.then().span(), i.then().stmts());
                if (i.otherwise() != null) {
                    inner(plain, labeled, i.otherwise().span(), List.of(i.otherwise()));
                }
            } else if (s instanceof ForStmt f) {
                inner(new Targets(f, f, -1), labeled, f.body().span(), f.body().stmts());
            } else if (s instanceof defercheck.syntax.ast.RangeStmt r) {
                inner(new Targets(r, r, -1), labeled, r.body().span(), r.body().stmts());
            } else if (s instanceof SwitchStmt sw) {
                clauses(sw, sw.clauses(), labeled);
            } else if (s instanceof TypeSwitchStmt ts) {
                clauses(ts, ts.clauses(), labeled);
            } else if (s instanceof defercheck.syntax.ast.SelectStmt sel) {
                for (defercheck.syntax.ast.CommClause c : sel.clauses()) {
                    inner(new Targets(sel, ctx.continues(), -1), labeled, c.span(), c.body());
                }
            }
        }

        private void clauses(Stmt sw, List<CaseClause> clauses, LabeledStmt labeled) {
            for (int i = 0; i < clauses.size(); i++) {
                CaseClause c = clauses.get(i);
                inner(new Targets(sw, ctx.continues(), i), labeled, c.span(), c.body());
            }
        }

        private void inner(Targets t, LabeledStmt labeled, Span start, List<Stmt> body) {
            forward.addAll(block(scope, t, labeled, start, body));
        }

        private void branch(BranchStmt b, boolean last) {
            if (b.label() == null) {
                unlabeled(b, last);
                return;
            }
            String name = b.label().name();
            if (b.kind() == TokenKind.GOTO) {
                if (!gotoTarget(name)) {
                    forward.add(b);
                }
                return;
            }
            boolean isBreak = b.kind() == TokenKind.BREAK;
            LabeledStmt target = enclosing(name);
            if (target == null) {
                report(b.label().span(), (isBreak ? "break" : "continue") + " label not defined: " + name);
            } else if (isBreak ? !isBreakable(target) : !(unlabel(target) instanceof ForStmt
                    || unlabel(target) instanceof defercheck.syntax.ast.RangeStmt)) {
                report(b.label().span(), "invalid " + (isBreak ? "break" : "continue") + " label " + name);
            }
        }

        private void unlabeled(BranchStmt b, boolean last) {
            if (b.kind() == TokenKind.BREAK && ctx.breaks() == null) {
                report(b.span(), "break is not in a loop, switch, or select");
            } else if (b.kind() == TokenKind.CONTINUE && ctx.continues() == null) {
                report(b.span(), "continue is not in a loop");
            } else if (b.kind() == TokenKind.FALLTHROUGH) {
                String problem = fallthroughProblem(last);
                if (problem != null) {
                    report(b.span(), problem);
                }
            }
        }

        /** Null when the fallthrough ends a case body that has a next case. */
        private String fallthroughProblem(boolean last) {
            if (ctx.breaks() instanceof TypeSwitchStmt) {
                return "cannot fallthrough in type switch";
            }
            if (!(ctx.breaks() instanceof SwitchStmt sw) || ctx.caseIndex() < 0 || !last) {
                return "fallthrough statement out of place";
            }
            return ctx.caseIndex() + 1 == sw.clauses().size() ? "cannot fallthrough final case in switch" : null;
        }

        /** A goto may target a label already declared in this block or an enclosing one. */
        private boolean gotoTarget(String name) {
            Label l = labels.get(name);
            if (l == null) {
                return false;
            }
            l.used = true;
            for (Scope b = scope; b != null; b = b.parent()) {
                if (l.block == b) {
                    return true;
                }
            }
            return false;
        }

        /** The labeled statement that encloses this block under that label; null when the label is undefined. */
        private LabeledStmt enclosing(String name) {
            Label l = labels.get(name);
            if (l == null) {
                return null;
            }
            l.used = true;
            for (Scope b = scope; b != null; b = b.parent()) {
                if (b.labeled() == l.stmt) {
                    return l.stmt;
                }
            }
            return INVALID;
        }
    }

    /** Stands for a label that exists but labels no enclosing statement. */
    private static final LabeledStmt INVALID = new LabeledStmt(null, null, Span.NONE);

    private static Stmt unlabel(LabeledStmt l) {
        Stmt s = l.stmt();
        while (s instanceof LabeledStmt inner) {
            s = inner.stmt();
        }
        return s;
    }

    private static boolean isBreakable(LabeledStmt l) {
        Stmt s = unlabel(l);
        return s instanceof ForStmt || s instanceof defercheck.syntax.ast.RangeStmt || s instanceof SwitchStmt || s instanceof TypeSwitchStmt
                || s instanceof defercheck.syntax.ast.SelectStmt;
    }
}
