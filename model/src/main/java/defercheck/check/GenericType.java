package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.FuncDecl;
import defercheck.syntax.ast.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generic type (Go spec "Type definitions" with type parameters): its declaration, its methods' declarations,
 * and one defined type per list of type arguments ({@code List[int]}), made on first use.
 */
record GenericType(String name, TypeSpec spec, List<Type.TypeParam> typeParams, Map<List<Type>, Type.Named> instances,
                   List<FuncDecl> methods) implements Obj {

    GenericType(String name, TypeSpec spec, List<Type.TypeParam> typeParams) {
        this(name, spec, List.copyOf(typeParams), new LinkedHashMap<>(), new ArrayList<>());
    }
}
