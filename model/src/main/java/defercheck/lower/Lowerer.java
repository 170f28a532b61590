package defercheck.lower;

import defercheck.check.FuncObj;
import defercheck.check.Info;
import defercheck.check.Var;
import defercheck.ir.Global;
import defercheck.ir.Program;
import defercheck.source.GoVersion;
import defercheck.source.SourceFile;
import defercheck.syntax.ast.GoFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a checked file to the IR. Top-level functions get ids 0..n-1 in source order (so a call can
 * name any of them; {@code func init} declarations are named {@code main.init.0}, {@code main.init.1}... as gc
 * names them), then the package initializer {@code main.init} when some package variable has an initializer
 * or there is an init function, then function literals in the order they are met. The package initializer
 * sets the variables in initialization order and then calls the init functions in source order, as the
 * runtime's doInit runs the package's init task before main.main.
 */
public final class Lowerer {

    private Lowerer() {
    }

    /**
     * The runtime's name of a function: {@code main.f}, {@code main.T.M}, {@code main.(*T).M}; an instance of a
     * generic function or type has its type arguments elided, {@code main.f[...]}, {@code main.(*T[...]).M}, as
     * the runtime's tracebacks print them.
     */
    private static String runtimeName(FuncObj f, Info info) {
        String args = info.isInstance(f) ? "[...]" : "";
        if (!f.decl().isMethod()) {
            return "main." + f.name() + args;
        }
        defercheck.ir.Type recv = f.type().params().get(0);
        if (recv instanceof defercheck.ir.Type.Pointer p) {
            return "main.(*" + ((defercheck.ir.Type.Named) p.elem()).name() + args + ")." + f.name();
        }
        return "main." + ((defercheck.ir.Type.Named) recv).name() + args + "." + f.name();
    }

    public static Program lower(GoFile file, Info info, SourceFile source, GoVersion language) {
        LowerContext ctx = new LowerContext(info, language);
        for (int i = 0; i < info.functions().size(); i++) {
            ctx.reserve();
        }
        boolean needsInit = !info.globalInits().isEmpty() || !info.initFuncs().isEmpty();
        int init = needsInit ? ctx.reserve() : -1;
        int main = -1;
        for (FuncObj f : info.functions()) {
            int initIndex = info.initFuncs().indexOf(f);
            String name = initIndex >= 0 ? "main.init." + initIndex : runtimeName(f, info);
            FunctionLowerer fl = new FunctionLowerer(ctx, info.funcInfo(f.decl()), name, f.index(), -1);
            ctx.define(fl.lowerBody());
            if (f.name().equals("main")) {
                main = f.index();
            }
        }
        if (init >= 0) {
            ctx.define(new FunctionLowerer(ctx, info.init(), "main.init", init, -1)
                    .lowerInit(info.globalInits(), info.initFuncs()));
        }
        ctx.methodSets().build();
        LibraryWrappers.add(ctx);
        List<Global> globals = new ArrayList<>();
        for (Var v : info.globals()) {
            globals.add(new Global(v.name(), v.type(), v.declared()));
        }
        globals.addAll(ctx.library().globals());
        return new Program(source, language, ctx.functions(), globals, init, main, ctx.library().types(),
                ctx.methodSets().unnamed());
    }
}
