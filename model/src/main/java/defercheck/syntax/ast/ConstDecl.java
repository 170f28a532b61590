package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A const declaration, single or grouped. */
public record ConstDecl(List<ConstSpec> specs, Span span) implements Decl {

    public ConstDecl {
        specs = List.copyOf(specs);
    }
}
