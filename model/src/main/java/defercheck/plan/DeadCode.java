package defercheck.plan;

import defercheck.ir.Builtin;
import defercheck.ir.Constant;
import defercheck.ir.Instr;
import java.util.BitSet;
import java.util.List;

/**
 * Straight-line dead code: instructions that follow a terminating instruction in program order and that no
 * jump reaches before the next jump target. gc drops such statements in two different places:
 * <ul>
 *   <li>ssagen never emits a statement once {@code s.curBlock == nil}, i.e. after {@code return}, a call
 *       to {@code panic}, or a branch ({@code break}/{@code continue}); such a defer prints nothing in any
 *       version ({@link #unemitted}).</li>
 *   <li>From 1.22 the unified IR writer ({@code noder/writer.go stmts}) skips statements after a
 *       terminating {@code return} or {@code panic} before walk runs, so walk's {@code NumDefers} and
 *       {@code NumReturns} do not count them ({@link #droppedBeforeWalk}). Up to 1.21 walk still counts
 *       them.</li>
 * </ul>
 * A backward jump (a loop's back edge) does not start a dead region: after {@code for {}} gc still emits the
 * following statements. A {@link Instr.Goto} does, in both places, whichever way it jumps; and since the
 * lowering puts a goto to the next instruction at every label, a label always ends a dead region, as it
 * starts a new block in ssagen and survives the writer. Not modelled: the writer also keeps the dead
 * statements between a terminating statement and a later label of the same list (issue 65593), so walk
 * counts a defer or return there; this scan drops them.
 */
final class DeadCode {

    private DeadCode() { }

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
