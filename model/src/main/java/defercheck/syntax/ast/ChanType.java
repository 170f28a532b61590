package defercheck.syntax.ast;

import defercheck.source.Span;

/** {@code chan T}, {@code chan<- T} (send only) or {@code <-chan T} (receive only). */
public record ChanType(Dir dir, TypeExpr elem, Span span) implements TypeExpr {

    /** The channel direction. */
    public enum Dir { BOTH, SEND, RECV }
}
