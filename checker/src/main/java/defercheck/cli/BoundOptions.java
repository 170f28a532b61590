package defercheck.cli;

import defercheck.explore.Bound;
import picocli.CommandLine.Option;

/** {@code --bound NAME} and the knobs that override it, shared by explore and bench. */
final class BoundOptions {

    @Option(names = "--bound", paramLabel = "NAME", defaultValue = "small",
            description = "program space: tiny, small, medium or large (default: ${DEFAULT-VALUE})")
    String bound;

    @Option(names = "--functions", paramLabel = "N", description = "top-level functions besides main")
    Integer functions;

    @Option(names = "--stmts", paramLabel = "N", description = "statements per body")
    Integer stmts;

    @Option(names = "--depth", paramLabel = "N", description = "closure nesting depth")
    Integer depth;

    @Option(names = "--trips", paramLabel = "N", description = "largest loop trip count (0: no loop defers)")
    Integer trips;

    @Option(names = "--values", paramLabel = "N", description = "distinct values")
    Integer values;

    @Option(names = "--size", paramLabel = "N", description = "statements in the whole program")
    Integer size;

    @Option(names = "--conds", arity = "1", paramLabel = "BOOL", description = "conditional defers (true/false)")
    Boolean conds;

    @Option(names = "--exits", arity = "1", paramLabel = "BOOL", description = "runtime.Goexit and os.Exit (true/false)")
    Boolean exits;

    Bound resolve() {
        Bound b = Bound.named(bound);
        Bound k = new Bound(b.name(), pick(functions, b.functions()), pick(stmts, b.stmts()), pick(depth, b.depth()),
                pick(trips, b.trips()), pick(values, b.values()), pick(size, b.size()),
                conds == null ? b.conds() : conds, exits == null ? b.exits() : exits);
        return k.renamed();
    }

    private static int pick(Integer given, int otherwise) {
        return given == null ? otherwise : given;
    }
}
