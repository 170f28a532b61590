package defercheck.cli;

import defercheck.explore.Bound;
import picocli.CommandLine.Option;

/** {@code --bound NAME} and the knobs that override it, shared by explore and bench. */
final class BoundOptions {

    @Option(names = "--bound", paramLabel = "NAME", defaultValue = "small",
            description = "program space: tiny, small, medium, large, or with goroutines tiny-go or small-go"
                    + " (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--builtin-defers", arity = "1", paramLabel = "BOOL",
            description = "defer recover(), defer panic(v), defer println(v) (true/false)")
    Boolean builtinDefers;

    @Option(names = "--prints", arity = "1", paramLabel = "BOOL",
            description = "println(v) statements (true/false)")
    Boolean prints;

    @Option(names = "--results", arity = "1", paramLabel = "BOOL",
            description = "functions with a named or unnamed result, r = v and return v (true/false)")
    Boolean results;

    @Option(names = "--methods", arity = "1", paramLabel = "BOOL",
            description = "defer r.show(), defer r.pshow() (value and pointer receiver) and defer I(nil).show()"
                    + " (true/false)")
    Boolean methods;

    @Option(names = "--goroutines", arity = "1", paramLabel = "BOOL",
            description = "go fN() joined by a WaitGroup, and wg.Wait(); each program's every schedule (true/false)")
    Boolean goroutines;

    Bound resolve() {
        Bound b = Bound.named(bound);
        Bound k = new Bound(b.name(), pick(functions, b.functions()), pick(stmts, b.stmts()), pick(depth, b.depth()),
                pick(trips, b.trips()), pick(values, b.values()), pick(size, b.size()),
                pick(conds, b.conds()), pick(exits, b.exits()), pick(builtinDefers, b.builtinDefers()),
                pick(prints, b.prints()), pick(results, b.results()), pick(methods, b.methods()),
                pick(goroutines, b.goroutines()));
        return k.renamed();
    }

    private static int pick(Integer given, int otherwise) {
        return given == null ? otherwise : given;
    }

    private static boolean pick(Boolean given, boolean otherwise) {
        return given == null ? otherwise : given;
    }
}
