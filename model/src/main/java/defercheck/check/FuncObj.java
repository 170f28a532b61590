package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.FuncDecl;

/** A top-level function; {@code index} is its position among the file's functions (source order). */
public record FuncObj(String name, Type.Func type, FuncDecl decl, int index) implements Obj { }
