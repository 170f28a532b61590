package defercheck.check;

import java.util.function.Supplier;

/**
 * A type alias {@code type A = T} not yet resolved: the scope replaces it by the TypeObj of T on first lookup, so
 * that aliases and the types they name may be declared in any order at package level.
 */
record AliasObj(String name, Supplier<TypeObj> resolve) implements Obj { }
