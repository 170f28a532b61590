package defercheck.calculus;

/**
 * One statement of spec/Calculus.tla: {@code Mk(op, fn, val, n)}, unused fields 0. Functions are numbered as in
 * TLA+ (1 is main).
 */
public record CalculusStmt(String op, int fn, int val, int n) {

    /** Calculus.tla's Ends: nothing may follow these in a canonical body. */
    public boolean ends() {
        return op.equals("panic") || op.equals("goexit") || op.equals("return");
    }

    public boolean namesFunction() {
        return op.equals("defer") || op.equals("deferloop") || op.equals("call");
    }

    public String toTla() {
        return "[op |-> \"" + op + "\", fn |-> " + fn + ", val |-> " + val + ", n |-> " + n + "]";
    }
}
