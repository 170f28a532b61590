package defercheck.check;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.syntax.ast.CallExpr;
import defercheck.syntax.ast.CaseClause;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.VarSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checker's results that the lowering reads. Tree nodes are records whose equality is structural,
 * so every map here is keyed by identity.
 */
public final class Info {

    final Map<Ident, Obj> uses = new IdentityHashMap<>();
    final Map<Ident, Var> defs = new IdentityHashMap<>();
    final Map<Expr, Type> types = new IdentityHashMap<>();
    final Map<Expr, Constant> constants = new IdentityHashMap<>();
    final Map<CallExpr, CallResolution> calls = new IdentityHashMap<>();
    final Map<Object, FuncInfo> funcs = new IdentityHashMap<>();
    final Map<Object, Type> operandTypes = new IdentityHashMap<>();
    final Map<CaseClause, Var> implicits = new IdentityHashMap<>();
    final List<Var> globals = new ArrayList<>();
    final List<VarSpec> globalInits = new ArrayList<>();
    final List<FuncObj> initFuncs = new ArrayList<>();
    final List<FuncObj> functions = new ArrayList<>();
    FuncInfo init;

    /** The object an identifier denotes: a use, or the Var a declaration made. */
    public Obj objectOf(Ident id) {
        Obj o = uses.get(id);
        return o != null ? o : defs.get(id);
    }

    /** The Var that this identifier declares, or null when it refers to an existing one. */
    public Var definitionOf(Ident id) {
        return defs.get(id);
    }

    /** The type of an expression after untyped constants took their final type. */
    public Type typeOf(Expr e) {
        return types.get(e);
    }

    /** The typed value of a constant expression (including nil), or null. */
    public Constant constantOf(Expr e) {
        return constants.get(e);
    }

    /** The variable a type switch's {@code v := x.(type)} declares in this clause (go/types Info.Implicits), or null. */
    public Var implicitOf(CaseClause c) {
        return implicits.get(c);
    }

    public CallResolution callKind(CallExpr c) {
        return calls.get(c);
    }

    /** For FuncDecl and FuncLit nodes. */
    public FuncInfo funcInfo(Object funcNode) {
        return funcs.get(funcNode);
    }

    /** The operand type of a binary expression, op-assignment or inc/dec statement. */
    public Type operandType(Object node) {
        return operandTypes.get(node);
    }

    public List<Var> globals() {
        return globals;
    }

    /** Package-level var specs with initializers, in the order the spec initializes them ({@link InitOrder}). */
    public List<VarSpec> globalInits() {
        return globalInits;
    }

    /** The {@code func init()} declarations in source order; they are among {@link #functions()} too. */
    public List<FuncObj> initFuncs() {
        return initFuncs;
    }

    /** Top-level functions in source order; FuncObj.index() is the position here. */
    public List<FuncObj> functions() {
        return functions;
    }

    /** The package initializer's FuncInfo (parent of literals in var initializers). */
    public FuncInfo init() {
        return init;
    }
}
