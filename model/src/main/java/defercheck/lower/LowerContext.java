package defercheck.lower;

import defercheck.check.Info;
import defercheck.ir.Function;
import defercheck.source.GoVersion;
import java.util.ArrayList;
import java.util.List;

/** Program-wide lowering state: the checker's results, the language version and the function table. */
final class LowerContext {

    final Info info;
    final GoVersion language;
    private final List<Function> functions = new ArrayList<>();
    private final MethodSets methodSets = new MethodSets(this);
    private final LibraryFunctions library;

    LowerContext(Info info, GoVersion language) {
        this.info = info;
        this.language = language;
        this.library = new LibraryFunctions(this);
    }

    /** The function id of a declared function: its index, or for a library native the id it gets when first used. */
    int functionId(defercheck.check.FuncObj f) {
        return f.index() >= 0 ? f.index() : library.id(f);
    }

    /** The global index of a package variable, the program's or a library's. */
    int globalIndex(defercheck.check.Var v) {
        return v.globalIndex() >= 0 ? v.globalIndex() : library.globalIndex(v);
    }

    LibraryFunctions library() {
        return library;
    }

    /** Reserves the next function id; closures get theirs in source (pre-)order as they are met. */
    int reserve() {
        functions.add(null);
        return functions.size() - 1;
    }

    void define(Function f) {
        functions.set(f.id(), f);
    }

    /** The function id of a declared method (methods are top-level functions, numbered with them). */
    int methodFunctionId(defercheck.ir.Type.MethodDecl m) {
        return functionId(info.methodFunction(m));
    }

    MethodSets methodSets() {
        return methodSets;
    }

    List<Function> functions() {
        return functions;
    }
}
