package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.FuncDecl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generic function (Go spec "Function declarations" with type parameters): its signature spelled with its own
 * type parameters, and one instance per list of type arguments, each a function of its own.
 */
record GenericFunc(String name, FuncDecl decl, List<Type.TypeParam> typeParams, Type.Func type,
                   Map<List<Type>, FuncObj> instances) implements Obj {

    GenericFunc(String name, FuncDecl decl, List<Type.TypeParam> typeParams, Type.Func type) {
        this(name, decl, List.copyOf(typeParams), type, new LinkedHashMap<>());
    }
}
