package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;

/** The channel operand of close, a receive or a send (Go spec "Close", "Receive operator", "Send statements"). */
final class ChannelOperand {

    private ChannelOperand() {
    }

    /**
     * The channel type of {@code ch}, or null after gc's error at {@code at} when {@code ch} is not a channel or
     * has the direction {@code forbidden}; {@code op} is the operation as gc names it ("close", "receive from",
     * "send to").
     */
    static Type.Chan of(Env env, Operand ch, Span at, String op, Type.ChanDir forbidden) {
        if (ch.mode() == Mode.NIL || !(ch.type().underlying() instanceof Type.Chan c)) {
            env.error(at, "invalid operation: cannot " + op + " non-channel " + ch.describe());
            return null;
        }
        if (c.dir() == forbidden) {
            String only = forbidden == Type.ChanDir.RECV ? "receive-only" : "send-only";
            env.error(at, "invalid operation: cannot " + op + " " + only + " channel " + ch.describe());
            return null;
        }
        return c;
    }
}
