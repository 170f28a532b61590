package defercheck.coreprogram;

import java.util.List;

/** One top-level function of a core program: its result kind and its body. */
public record CoreFunction(ResultKind result, List<CoreStmt> body) {

    public CoreFunction {
        body = List.copyOf(body);
    }
}
