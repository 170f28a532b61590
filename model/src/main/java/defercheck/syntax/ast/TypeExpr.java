package defercheck.syntax.ast;

import defercheck.source.Span;

/** A type as written in the source. */
public sealed interface TypeExpr permits TypeName, InterfaceType, FuncType, ArrayType, SliceType, MapType, ChanType,
        PointerType, StructType, UnionType, BadType {

    Span span();
}
