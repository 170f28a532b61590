package defercheck.syntax.ast;

import defercheck.source.Span;
import java.util.List;

/** A struct type with its field declarations in source order. */
public record StructType(List<FieldDecl> fields, Span span) implements TypeExpr {

    public StructType {
        fields = List.copyOf(fields);
    }

    /** The empty struct {@code struct{}}. */
    public StructType(Span span) {
        this(List.of(), span);
    }
}
