package defercheck.ir;

import java.util.BitSet;

/**
 * The instructions of statements that gc leaves out, worked out by the lowering from the statements themselves
 * (instruction indexes of {@link Function#code()}):
 * <ul>
 *   <li>{@code notEmitted}: ssagen never emits a statement while it has no current block, that is after a
 *       return, goto, break, continue or panic and up to the next label (ssa.go stmt); a compound statement
 *       met there is skipped whole. A defer there is never printed by {@code -d=defer}.</li>
 *   <li>{@code droppedByWriter}: from Go 1.22 the unified IR writer (noder/writer.go stmts) drops the statements
 *       that follow a terminating statement in the same list, unless a label comes later in the list, and the
 *       branch of an if or the body of a for that a constant condition rules out; walk never counts them.</li>
 *   <li>{@code droppedByDeadcode}: up to Go 1.21, deadcode.Func removes the branch of an if that a constant
 *       condition rules out, and the rest of the list after such an if whose kept branch ends in return or
 *       panic, unless a label comes later in the list.</li>
 * </ul>
 */
public record DeadStatements(BitSet notEmitted, BitSet droppedByWriter, BitSet droppedByDeadcode) {

    public DeadStatements {
        notEmitted = (BitSet) notEmitted.clone();
        droppedByWriter = (BitSet) droppedByWriter.clone();
        droppedByDeadcode = (BitSet) droppedByDeadcode.clone();
    }

    @Override
    public BitSet notEmitted() {
        return (BitSet) notEmitted.clone();
    }

    @Override
    public BitSet droppedByWriter() {
        return (BitSet) droppedByWriter.clone();
    }

    @Override
    public BitSet droppedByDeadcode() {
        return (BitSet) droppedByDeadcode.clone();
    }
}
