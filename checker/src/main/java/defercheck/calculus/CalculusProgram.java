package defercheck.calculus;

import java.util.ArrayList;
import java.util.List;

/**
 * A program of spec/Calculus.tla: {@code [body |-> <<...>>, named |-> [Funcs -> BOOLEAN]]}. {@code bodies.get(0)}
 * is function 1, main.
 */
public record CalculusProgram(List<List<CalculusStmt>> bodies, List<Boolean> named) {

    public CalculusProgram {
        List<List<CalculusStmt>> copy = new ArrayList<>();
        bodies.forEach(b -> copy.add(List.copyOf(b)));
        bodies = List.copyOf(copy);
        named = List.copyOf(named);
        if (bodies.size() != named.size() || bodies.isEmpty()) {
            throw new IllegalArgumentException("one body and one named flag per function, main first");
        }
    }

    public List<CalculusStmt> body(int f) {
        return bodies.get(f - 1);
    }

    public boolean named(int f) {
        return named.get(f - 1);
    }

    public int numFuncs() {
        return bodies.size();
    }

    /** The TLA+ value, as TLC prints it: sequences as tuples, named as a function on 1..NumFuncs. */
    public String toTla() {
        StringBuilder sb = new StringBuilder("[body |-> <<");
        for (int f = 0; f < bodies.size(); f++) {
            sb.append(f == 0 ? "" : ", ").append("<<");
            List<CalculusStmt> b = bodies.get(f);
            for (int i = 0; i < b.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(b.get(i).toTla());
            }
            sb.append(">>");
        }
        sb.append(">>, named |-> [f \\in 1..").append(bodies.size()).append(" |-> f \\in {");
        boolean first = true;
        for (int f = 0; f < named.size(); f++) {
            if (named.get(f)) {
                sb.append(first ? "" : ", ").append(f + 1);
                first = false;
            }
        }
        return sb.append("}]]").toString();
    }
}
