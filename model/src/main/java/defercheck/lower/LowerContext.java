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

    LowerContext(Info info, GoVersion language) {
        this.info = info;
        this.language = language;
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
        return info.methodFunction(m).index();
    }

    MethodSets methodSets() {
        return methodSets;
    }

    List<Function> functions() {
        return functions;
    }
}
