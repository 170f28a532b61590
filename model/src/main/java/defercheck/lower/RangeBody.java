package defercheck.lower;

import defercheck.check.FuncInfo;
import defercheck.check.Var;
import defercheck.syntax.ast.BranchStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One range-over-func loop whose body is being lowered as a closure (gc's rangefunc rewrite): the function the
 * loop statement is in ({@code owner}), its #stateN variable, its label, the labels of the body's own function,
 * and the control flow that leaves the body for its owner to finish after the iterator returns.
 */
final class RangeBody {

    /** What all the range-over-func loops nested in one outermost loop share: #next and #defers. */
    static final class Nest {
        final FuncInfo function;
        Var next;
        Var defers;
        int loops;
        int codes;

        Nest(FuncInfo function) {
            this.function = function;
        }
    }

    /**
     * A break, continue or goto that leaves the body, coded in #next ({@code code}); the owner carries it out
     * when #next holds the code after the iterator returned.
     */
    record Exit(int code, BranchStmt branch) { }

    final RangeBody outer;
    final FunctionLowerer owner;
    final Nest nest;
    final Var state;
    final String label;
    final Set<String> labels;
    final List<Exit> exits = new ArrayList<>();
    /** A return in the body (or deeper) left it: the owner, the enclosing function, returns. */
    boolean returns;
    /** Control flow left the body for a statement beyond its owner: the owner, a body itself, returns false. */
    boolean propagates;

    RangeBody(RangeBody outer, FunctionLowerer owner, Nest nest, Var state, String label, Set<String> labels) {
        this.outer = outer;
        this.owner = owner;
        this.nest = nest;
        this.state = state;
        this.label = label;
        this.labels = labels;
    }
}
