package defercheck.check;

import defercheck.ir.Constant;

/** The predeclared constants true and false (untyped bool). */
public record ConstObj(String name, Constant value) implements Obj { }
