package defercheck.calculus;

import java.util.List;

/**
 * The CONSTANTS of spec/Calculus.tla (NumFuncs, BodyLen, Values, LoopTrips, Ops) as a Java bound: the cfg of a
 * trace-validation module ({@link TlaTraceExport}) sizes Calculus.tla's types to the traced programs.
 */
public record CalculusBound(String name, int numFuncs, int bodyLen, List<Integer> values, List<Integer> loopTrips,
                            List<String> ops) {

    /** Calculus.tla's AllOps, in its order. */
    public static final List<String> ALL_OPS = List.of("defer", "deferloop", "call", "panic", "recover", "setres",
            "return", "print", "goexit");

    public CalculusBound {
        values = List.copyOf(values);
        loopTrips = List.copyOf(loopTrips);
        ops = List.copyOf(ops);
        if (numFuncs < 1 || bodyLen < 0) {
            throw new IllegalArgumentException("NumFuncs must be at least 1 and BodyLen at least 0");
        }
        for (String op : ops) {
            if (!ALL_OPS.contains(op)) {
                throw new IllegalArgumentException("unknown op " + op);
            }
        }
    }

    public boolean has(String op) {
        return ops.contains(op);
    }

    /** The cfg CONSTANTS block for this bound. */
    public String cfgConstants() {
        return "CONSTANTS\n    NumFuncs = " + numFuncs + "\n    BodyLen = " + bodyLen + "\n    Values = " + set(values)
                + "\n    LoopTrips = " + set(loopTrips) + "\n    Ops = " + quoted(ops) + "\n";
    }

    private static String set(List<Integer> xs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(xs.get(i));
        }
        return sb.append('}').toString();
    }

    private static String quoted(List<String> xs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(xs.get(i)).append('"');
        }
        return sb.append('}').toString();
    }
}
