package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;
import defercheck.syntax.ast.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checker learned about one function or function literal: its signature and its parameter
 * and result variables (unnamed ones get a Var too, so that each has a slot). {@code parent} is the
 * enclosing function of a literal, null for top-level functions and the package initializer.
 */
public final class FuncInfo {

    private final Type.Func type;
    private final Span span;
    private final Block body;
    private final FuncInfo parent;
    private final List<Var> params = new ArrayList<>();
    private final List<Var> results = new ArrayList<>();
    private boolean namedResults;

    public FuncInfo(Type.Func type, Span span, Block body, FuncInfo parent) {
        this.type = type;
        this.span = span;
        this.body = body;
        this.parent = parent;
    }

    public Type.Func type() {
        return type;
    }

    public Span span() {
        return span;
    }

    public Block body() {
        return body;
    }

    public FuncInfo parent() {
        return parent;
    }

    public List<Var> params() {
        return params;
    }

    public List<Var> results() {
        return results;
    }

    public boolean namedResults() {
        return namedResults;
    }

    void setNamedResults(boolean named) {
        namedResults = named;
    }
}
