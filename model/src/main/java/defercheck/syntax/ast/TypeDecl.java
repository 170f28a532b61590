package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A package-level type declaration, single or grouped. */
public record TypeDecl(List<TypeSpec> specs, Span span) implements Decl {
    public TypeDecl {
        specs = List.copyOf(specs);
    }
}
