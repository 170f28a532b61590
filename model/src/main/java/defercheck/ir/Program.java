package defercheck.ir;

import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * A checked, lowered program: what every machine runs. {@code init} is the synthetic function that
 * initializes package variables (-1 when there are none); {@code main} is {@code main.main}.
 * The lowering depends on {@code language} (per-iteration loop variables from 1.22). {@code unnamedMethodSets}
 * holds the method sets of unnamed struct types that promote methods, and of pointers to them (a defined type
 * keeps its own in {@link Type.Named}), keyed by the type.
 */
public record Program(
        SourceFile source,
        GoVersion language,
        List<Function> functions,
        List<Global> globals,
        int init,
        int main,
        Map<Type, Map<String, Integer>> unnamedMethodSets) {

    public Program {
        functions = List.copyOf(functions);
        globals = List.copyOf(globals);
        unnamedMethodSets = Map.copyOf(unnamedMethodSets);
    }

    /** A program whose unnamed types promote no methods. */
    public Program(SourceFile source, GoVersion language, List<Function> functions, List<Global> globals, int init,
                   int main) {
        this(source, language, functions, globals, init, main, Map.of());
    }

    public Function function(int id) {
        return functions.get(id);
    }

    /** The function named {@code name} (a library wrapper the lowering added), or null. */
    public Function functionNamed(String name) {
        for (Function f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
