package defercheck.check;

import defercheck.ir.Type;

/** A predeclared type name: int, string, bool, any, error. */
public record TypeObj(String name, Type type) implements Obj { }
