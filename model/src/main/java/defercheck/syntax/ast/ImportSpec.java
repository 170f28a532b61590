package defercheck.syntax.ast;

import defercheck.source.Span;

/** One imported package path, as written between the quotes; {@code name} is the local name ({@code .}, {@code _} or an identifier), null when absent. */
public record ImportSpec(Ident name, String path, Span span) {

    public ImportSpec(String path, Span span) {
        this(null, path, span);
    }
}
