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
 * name any of them), then the package initializer {@code main.init} when some package variable has an
 * initializer, then function literals in the order they are met.
 */
public final class Lowerer {

    private Lowerer() {
    }

    /** The runtime's name of a function: {@code main.f}, {@code main.T.M}, {@code main.(*T).M}. */
    private static String runtimeName(FuncObj f) {
        if (!f.decl().isMethod()) {
            return "main." + f.name();
        }
        defercheck.ir.Type recv = f.type().params().get(0);
        if (recv instanceof defercheck.ir.Type.Pointer p) {
            return "main.(*" + ((defercheck.ir.Type.Named) p.elem()).name() + ")." + f.name();
        }
        return "main." + ((defercheck.ir.Type.Named) recv).name() + "." + f.name();
    }

    public static Program lower(GoFile file, Info info, SourceFile source, GoVersion language) {
        LowerContext ctx = new LowerContext(info, language);
        for (int i = 0; i < info.functions().size(); i++) {
            ctx.reserve();
        }
        int init = info.globalInits().isEmpty() ? -1 : ctx.reserve();
        int main = -1;
        for (FuncObj f : info.functions()) {
            FunctionLowerer fl = new FunctionLowerer(ctx, info.funcInfo(f.decl()), runtimeName(f), f.index(), -1);
            ctx.define(fl.lowerBody());
            if (f.name().equals("main")) {
                main = f.index();
            }
        }
        if (init >= 0) {
            ctx.define(new FunctionLowerer(ctx, info.init(), "main.init", init, -1).lowerInit(info.globalInits()));
        }
        ctx.methodSets().build();
        LibraryWrappers.add(ctx);
        List<Global> globals = new ArrayList<>();
        for (Var v : info.globals()) {
            globals.add(new Global(v.name(), v.type(), v.declared()));
        }
        return new Program(source, language, ctx.functions(), globals, init, main);
    }
}
