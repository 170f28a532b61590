package defercheck.semantics;

import defercheck.ir.Program;
import defercheck.source.GoVersion;
import java.util.Map;
import java.util.TreeMap;

/** The natives registered by the {@link NativePackage}s, by runtime name. */
public final class NativeTable {

    /** Starts one call of a native function: its explicit state, stepped by the machine. */
    @FunctionalInterface
    public interface Native {
        NativeCall start(NativeArgs args);
    }

    /** A native that finishes in one step (returns, writes, or panics) without calling Go code. */
    @FunctionalInterface
    public interface OneStep {
        NativeCall.Step run(NativeArgs args);
    }

    /** The initial value of a library package variable ({@code os.Stdout}). */
    @FunctionalInterface
    public interface Initial {
        Value value(Program program, GoVersion version);
    }

    private final Map<String, Native> functions = new TreeMap<>();
    private final Map<String, Initial> globals = new TreeMap<>();
    private final Map<String, String> owners = new TreeMap<>();
    private String owner = "";

    /** The package whose natives are registered next ("" for the machines' own). */
    void registering(String path) {
        owner = path;
    }

    /** The names the package {@code path} registered, functions and variables, sorted. */
    public java.util.Set<String> namesOf(String path) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        owners.forEach((name, p) -> {
            if (p.equals(path)) {
                out.add(name);
            }
        });
        return out;
    }

    /** A native that may call Go functions and methods (NativeCall.Step.Call). */
    public void call(String name, Native n) {
        owners.put(name, owner);
        if (functions.put(name, n) != null) {
            throw new IllegalStateException("native " + name + " registered twice");
        }
    }

    /** A native of one step. */
    public void step(String name, OneStep n) {
        call(name, args -> results -> n.run(args));
    }

    /** A package variable's initial value. */
    public void global(String name, Initial init) {
        owners.put(name, owner);
        globals.put(name, init);
    }

    Native function(String name) {
        return functions.get(name);
    }

    Initial global(String name) {
        return globals.get(name);
    }

    /** Every registered native function's name, sorted. */
    public java.util.Set<String> functionNames() {
        return java.util.Collections.unmodifiableSet(functions.keySet());
    }

    /** Every registered variable's name, sorted. */
    public java.util.Set<String> globalNames() {
        return java.util.Collections.unmodifiableSet(globals.keySet());
    }
}
