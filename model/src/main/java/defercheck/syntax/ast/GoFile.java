package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A parsed source file: the package clause, the imports and the top-level declarations. */
public record GoFile(Ident packageName, List<ImportSpec> imports, List<Decl> decls, Span span) {

    public GoFile {
        imports = List.copyOf(imports);
        decls = List.copyOf(decls);
    }
}
