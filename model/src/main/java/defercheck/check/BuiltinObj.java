package defercheck.check;

import defercheck.ir.Builtin;

/**
 * A predeclared function, or a member of fmt/os/runtime. {@code builtin} is null for the predeclared
 * functions outside the subset (len, append, ...), which are reported as unsupported when used.
 */
public record BuiltinObj(String name, Builtin builtin) implements Obj { }
