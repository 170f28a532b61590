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
    final Map<defercheck.syntax.ast.SelectorExpr, Lookup.Selection> selections = new IdentityHashMap<>();
    final Map<defercheck.syntax.ast.CompositeLit, int[]> elementIndices = new IdentityHashMap<>();
    final Map<Object, Type> shiftCounts = new IdentityHashMap<>();
    final java.util.Set<Expr> commaOk = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Type.Named> namedTypes = new ArrayList<>();
    final Map<Expr, Type> implicitConversions = new IdentityHashMap<>();
    final Map<Type.MethodDecl, FuncObj> methodFuncs = new java.util.HashMap<>();
    final java.util.Set<defercheck.syntax.ast.SelectorExpr> methodExprs =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Type.MethodDecl, Type.Named> methodOwners = new java.util.HashMap<>();
    final Map<defercheck.syntax.ast.RangeStmt, Type[]> rangeTypes = new IdentityHashMap<>();
    final Map<defercheck.syntax.ast.RangeStmt, FuncInfo> rangeBodies = new IdentityHashMap<>();
    /** Where each field of a struct type literal is declared (for messages). */
    final Map<Type.Struct, List<defercheck.source.Span>> fieldSpans = new IdentityHashMap<>();
    final java.util.Set<defercheck.syntax.ast.CompositeLit> elidedAddress =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The library packages the program imports, directly or through another library's declarations, by path. */
    final Map<String, LibraryPackage> libraries = new java.util.TreeMap<>();
    /** Selectors {@code pkg.Name} that denote a declared library member (its object is the selector's use). */
    final java.util.Set<defercheck.syntax.ast.SelectorExpr> packageMembers =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Functions that instantiate a generic function or a method of a generic type. */
    final java.util.Set<FuncObj> instances = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** {@code f[int]}: the instance an explicit instantiation denotes. */
    final Map<Expr, FuncObj> instantiations = new IdentityHashMap<>();
    FuncInfo init;

    /** Whether {@code e} is {@code pkg.Name} for a function or variable a library package declares. */
    public boolean isPackageMember(defercheck.syntax.ast.SelectorExpr e) {
        return packageMembers.contains(e);
    }

    /** The library packages loaded for this program, by import path (sorted). */
    public Map<String, LibraryPackage> libraries() {
        return libraries;
    }

    /** The object an identifier denotes: a use, or the Var a declaration made. */
    /**
     * The unnamed struct types of the program's expressions that promote methods from embedded fields (Go spec
     * "Struct types"), each once, in a fixed order: their values may become interface values, so they need
     * method sets at run time.
     */
    public List<Type.Struct> unnamedStructsWithMethods() {
        java.util.TreeMap<String, List<Type.Struct>> byName = new java.util.TreeMap<>();
        for (Type t : types.values()) {
            Type s = t instanceof Type.Pointer p ? p.elem() : t;
            if (s instanceof Type.Struct st && Lookup.unnamedWithPromotedMethods(st)) {
                List<Type.Struct> same = byName.computeIfAbsent(st.toString(), k -> new ArrayList<>());
                if (!same.contains(st)) {
                    same.add(st);
                }
            }
        }
        List<Type.Struct> out = new ArrayList<>();
        byName.values().forEach(out::addAll);
        return out;
    }

    public Obj objectOf(Ident id) {
        Obj o = uses.get(id);
        return o != null ? o : defs.get(id);
    }

    /** The Var that this identifier declares, or null when it refers to an existing one. */
    public Var definitionOf(Ident id) {
        return defs.get(id);
    }

    /** Whether {@code f} instantiates a generic function or is a method of an instance of a generic type. */
    public boolean isInstance(FuncObj f) {
        return instances.contains(f);
    }

    /** The instance that {@code f[T]} (an index expression naming a generic function) denotes, or null. */
    public FuncObj instantiation(Expr e) {
        return instantiations.get(e);
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

    /** What a selector denotes: a field (with the path through embedded fields) or a method. */
    public Lookup.Selection selection(defercheck.syntax.ast.SelectorExpr e) {
        return selections.get(e);
    }

    /**
     * For a composite literal: per element, the field index (struct) or the element index (array, slice); for a
     * map literal null.
     */
    public int[] elementIndices(defercheck.syntax.ast.CompositeLit e) {
        return elementIndices.get(e);
    }

    /** The function that implements a declared method (its receiver is the function's first parameter). */
    public FuncObj methodFunction(Type.MethodDecl m) {
        return methodFuncs.get(m);
    }

    /** Whether a selector is a method expression {@code T.M} (its selection is the method). */
    public boolean isMethodExpr(defercheck.syntax.ast.SelectorExpr e) {
        return methodExprs.contains(e);
    }

    /** The defined type a method is declared on. */
    public Type.Named methodOwner(Type.MethodDecl m) {
        return methodOwners.get(m);
    }

    /**
     * The body function of a range-over-func loop (Go 1.23): gc compiles the loop body as a closure passed to the
     * iterator as yield; its params are the yield's, its result the bool. Null for every other range loop.
     */
    public FuncInfo rangeBody(defercheck.syntax.ast.RangeStmt s) {
        return rangeBodies.get(s);
    }

    /** A range loop's key and value types (the value's is null for a range over an integer). */
    public Type[] rangeTypes(defercheck.syntax.ast.RangeStmt s) {
        return rangeTypes.get(s);
    }

    /**
     * The type an expression's value is implicitly converted to where it is assigned: a value of an unnamed type to
     * a defined type with the same underlying type (the value's dynamic type changes). Null when none.
     */
    public Type implicitConversion(Expr e) {
        return implicitConversions.get(e);
    }

    /** Whether an elided element literal {@code {...}} stands for {@code &T{...}} (its type is a pointer). */
    public boolean isElidedAddress(defercheck.syntax.ast.CompositeLit e) {
        return elidedAddress.contains(e);
    }

    /** The type of a shift's count operand, keyed like {@link #operandType}. */
    public Type shiftCountType(Object node) {
        return shiftCounts.get(node);
    }

    /** Whether a type assertion or map index is used in its two-value comma-ok form. */
    public boolean isCommaOk(Expr e) {
        return commaOk.contains(e);
    }

    /** The defined types of the file, in declaration order (their method sets are filled in by the lowering). */
    public List<Type.Named> namedTypes() {
        return namedTypes;
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
