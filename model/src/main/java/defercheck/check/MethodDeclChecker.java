package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.FuncDecl;
import defercheck.syntax.ast.PointerType;
import defercheck.syntax.ast.TypeExpr;
import defercheck.syntax.ast.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Method declarations (Go spec "Method declarations"): the receiver's base type must be a defined type of this
 * package whose underlying type is neither a pointer nor an interface; each method joins the type's method
 * set and becomes a function whose first parameter is the receiver.
 */
final class MethodDeclChecker {

    private final Env env;

    MethodDeclChecker(Env env) {
        this.env = env;
    }

    void declare(FuncDecl f) {
        TypeExpr rt = f.recv().type();
        boolean pointer = rt instanceof PointerType;
        TypeExpr base = pointer ? ((PointerType) rt).elem() : rt;
        if (base instanceof TypeName tn && tn.pkg() == null
                && env.pkg.lookupLocal(tn.name().name()) instanceof GenericType g) {
            if (!f.typeParams().isEmpty()) {
                typeParameters(f);
                return;
            }
            env.generics.declareMethod(g, f, tn);
            return;
        }
        if (!f.typeParams().isEmpty()) {
            typeParameters(f);
            return;
        }
        Type t = env.types.resolve(base);
        if (t == null || Types.broken(t)) {
            return;
        }
        defercheck.source.Span at = f.recv().name() != null ? f.recv().name().span() : rt.span();
        if (!(t instanceof Type.Named n) || !n.pkg().equals(env.pkgName)) {
            env.error(at, "cannot define new methods on non-local type " + t);
            return;
        }
        if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Type.Interface) {
            env.error(at, "invalid receiver type " + t + " (pointer or interface type)");
            return;
        }
        Type.Func sig = env.types.signature(f.type());
        String name = f.name().name();
        if (!name.equals("_") && !unique(f, n, name)) {
            return;
        }
        Type.MethodDecl m = new Type.MethodDecl(name, sig, pointer, f.name().span());
        if (!name.equals("_")) {
            n.addMethod(m);
        }
        Type recvType = pointer ? new Type.Pointer(n) : n;
        List<Type> params = new ArrayList<>();
        params.add(recvType);
        params.addAll(sig.params());
        Type.Func full = new Type.Func(params, sig.results(), sig.variadic());
        FuncObj obj = new FuncObj(name, full, f, env.library != null ? -1 : env.info.functions.size());
        (env.library != null ? env.library.functions : env.info.functions).add(obj);
        env.info.funcs.put(f, new FuncInfo(full, f.span(), f.body(), null));
        env.info.methodFuncs.put(m, obj);
        env.info.methodOwners.put(m, n);
        env.inits.declare(obj);
        if (f.body() == null && env.library == null) {
            env.error(f.name().span(), "missing function body");
        }
    }

    /** gc's parser rejects type parameters on a method, at the bracket after its name. */
    private void typeParameters(FuncDecl f) {
        defercheck.source.Span n = f.name().span();
        env.error(new defercheck.source.Span(n.file(), n.endLine(), n.endCol(), n.endLine(), n.endCol() + 1),
                "syntax error: method must have no type parameters");
    }

    /** Reports a second method of the same name, or a method named like a field (go/types collectMethods). */
    boolean unique(FuncDecl f, Type.Named n, String name) {
        Type.MethodDecl old = n.methods().get(name);
        if (old != null) {
            env.error(f.name().span(), env.version.atLeast(20)
                    ? "method " + n.name() + "." + name + " already declared at " + old.declared().position()
                    : n.name() + "." + name + " redeclared in this block\n\t" + old.declared().position()
                            + ": other declaration of " + name);
            return false;
        }
        if (n.underlying() instanceof Type.Struct s) {
            List<defercheck.source.Span> spans = env.info.fieldSpans.get(s);
            for (int i = 0; i < s.fields().size(); i++) {
                if (s.fields().get(i).name().equals(name)) {
                    env.error(f.name().span(), "field and method with the same name " + name
                            + (spans == null ? "" : "\n\t" + spans.get(i).position() + ": other declaration of " + name));
                    return false;
                }
            }
        }
        return true;
    }
}
