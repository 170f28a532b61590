package defercheck.check;

/** What a name denotes after resolution (go/types calls these objects). */
public sealed interface Obj permits Var, FuncObj, TypeObj, BuiltinObj, ConstObj, NilObj, PackageObj, BadObj,
        GenericFunc, GenericType, AliasObj {

    String name();
}
