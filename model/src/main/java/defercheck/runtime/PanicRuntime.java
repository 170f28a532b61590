package defercheck.runtime;

import defercheck.semantics.Value;
import defercheck.source.Span;

/**
 * The part of the runtime that changed in Go 1.22: how deferreturn, gopanic, Goexit and recovery walk the
 * deferred calls. {@link LegacyRuntime} is the 1.12–1.21 loop over g._defer with {@code started} records
 * (plus synthetic open-coded records from 1.14); {@link PanicLoopRuntime} is 1.22's {@code _panic.nextDefer}.
 */
interface PanicRuntime {

    /** A frame that is not open-coded but has defer sites reaches its deferreturn call. */
    void deferreturn(GoFrame f);

    void gopanic(GoFrame f, Value v, Span span);

    void goexit(GoFrame f, Span span);

    /** One step of the runtime routine running on top of {@code f}. */
    void resume(GoFrame f);
}
