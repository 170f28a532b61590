package defercheck.plan;

import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Function;
import defercheck.source.GoVersion;
import defercheck.ir.Instr;
import java.util.BitSet;
import java.util.List;

/**
 * Dead code. The lowering of Go source works it out from the statements ({@link defercheck.ir.DeadStatements}:
 * ssagen's blocks, the 1.22+ writer's terminating statements and labels, 1.21's deadcode.Func). For code built
 * otherwise (the core programs) it is read from the instructions, as straight-line dead code: instructions that
 * follow a terminating instruction in program order and that no jump reaches before the next jump target.
 * gc drops such statements in two different places:
 * <ul>
 *   <li>ssagen never emits a statement once {@code s.curBlock == nil}, i.e. after {@code return}, a call
 *       to {@code panic}, or a branch ({@code break}/{@code continue}/{@code goto}); such a defer prints
 *       nothing in any version ({@link #unemitted}).</li>
 *   <li>From 1.22 the unified IR writer ({@code noder/writer.go stmts}) skips statements after a
 *       terminating {@code return} or {@code panic} before walk runs, so walk's {@code NumDefers} and
 *       {@code NumReturns} do not count them ({@link #droppedBeforeWalk}). Up to 1.21 walk still counts
 *       them.</li>
 * </ul>
 * In the instructions, a backward jump (a loop's back edge) does not start a dead region: after {@code for {}}
 * gc still emits the following statements. A {@link Instr.Goto} does, whichever way it jumps, and the goto to
 * the next instruction that the lowering puts at every label ends one. The reading from the instructions is
 * coarser than the statements': a dead loop or if after a return looks alive at its jump targets, and the
 * writer's keeping of dead statements before a later label (issue 65593) is not seen.
 */
final class DeadCode {

    private DeadCode() { }

    /**
     * Instructions ssagen never emits: as the lowering worked them out from the statements when it did, else read
     * from the instructions.
     */
    static BitSet unemitted(Function f) {
        return f.dead() != null ? f.dead().notEmitted() : unemitted(f.code());
    }

    /**
     * Instructions walk never sees in version {@code v}: those the 1.22+ writer or, up to 1.21, deadcode.Func
     * removed. They are neither counted nor emitted.
     */
    static BitSet removedBeforeWalk(Function f, GoVersion v) {
        if (f.dead() != null) {
            return v.atLeast(22) ? f.dead().droppedByWriter() : f.dead().droppedByDeadcode();
        }
        return v.atLeast(22) ? droppedBeforeWalk(f.code()) : constantFalseBodies(f.code());
    }

    /** Instructions ssagen never reaches with a current block. */
    static BitSet unemitted(List<Instr> code) {
        return scan(code, true);
    }

    /** Instructions the 1.22+ writer removes before walk. */
    static BitSet droppedBeforeWalk(List<Instr> code) {
        return scan(code, false);
    }

    /**
     * {@code if false { … }}: gc's deadcode pass (up to 1.21) and the writer's {@code staticBool} (1.22+)
     * both remove the body before walk. Recognised as a constant false pushed right before a forward
     * JumpIfFalse; the instructions it skips are dead.
     */
    static BitSet constantFalseBodies(List<Instr> code) {
        BitSet dead = new BitSet();
        for (int i = 0; i + 1 < code.size(); i++) {
            if (code.get(i) instanceof Instr.PushConst c
                    && c.value() instanceof Constant.BoolConst b && !b.value()
                    && code.get(i + 1) instanceof Instr.JumpIfFalse j && j.target() > i + 1) {
                dead.set(i + 2, j.target());
            }
        }
        return dead;
    }

    private static BitSet scan(List<Instr> code, boolean forwardJumpsTerminate) {
        BitSet targets = new BitSet();
        for (Instr in : code) {
            if (in instanceof Instr.Jump j) {
                targets.set(j.target());
            } else if (in instanceof Instr.JumpIfFalse j) {
                targets.set(j.target());
            } else if (in instanceof Instr.Goto g) {
                targets.set(g.target());
            }
        }
        BitSet dead = new BitSet();
        boolean inDead = false;
        for (int i = 0; i < code.size(); i++) {
            if (targets.get(i)) {
                inDead = false;
            }
            if (inDead) {
                dead.set(i);
                continue;
            }
            Instr in = code.get(i);
            inDead = in instanceof Instr.Return || in instanceof Instr.Goto
                    || in instanceof Instr.CallBuiltin c && c.builtin() == Builtin.PANIC
                    || forwardJumpsTerminate && in instanceof Instr.Jump j && j.target() > i;
        }
        dead.or(constantFalseBodies(code));
        return dead;
    }
}
