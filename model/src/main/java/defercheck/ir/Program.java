package defercheck.ir;

import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * A checked, lowered program: what every machine runs. {@code init} is the synthetic function that
 * initializes package variables (-1 when there are none); {@code main} is {@code main.main}.
 * The lowering depends on {@code language} (per-iteration loop variables from 1.22). {@code libraryTypes} are
 * the defined types of the library packages it refers to, for the natives that make their values.
 * {@code unnamedMethodSets} holds the method sets of unnamed struct types that promote methods, and of pointers
 * to them (a defined type keeps its own in {@link Type.Named}), keyed by the type.
 */
public record Program(
        SourceFile source,
        GoVersion language,
        List<Function> functions,
        List<Global> globals,
        int init,
        int main,
        java.util.Map<String, Type.Named> libraryTypes,
        Map<Type, Map<String, Integer>> unnamedMethodSets) {

    public Program {
        functions = List.copyOf(functions);
        globals = List.copyOf(globals);
        libraryTypes = java.util.Map.copyOf(libraryTypes);
        unnamedMethodSets = Map.copyOf(unnamedMethodSets);
    }

    public Program(SourceFile source, GoVersion language, List<Function> functions, List<Global> globals, int init,
            int main) {
        this(source, language, functions, globals, init, main, java.util.Map.of(), Map.of());
    }

    /** A defined type of a library package the program uses, by qualified name ({@code errors.errorString}), or null. */
    public Type.Named libraryType(String qualified) {
        return libraryTypes.get(qualified);
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
