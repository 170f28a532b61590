package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A {@code var} declaration, single or grouped; also a statement through {@link DeclStmt}. */
public record VarDecl(List<VarSpec> specs, Span span) implements Decl {

    public VarDecl {
        specs = List.copyOf(specs);
    }
}
