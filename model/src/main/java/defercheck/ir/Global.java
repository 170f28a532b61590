package defercheck.ir;

import defercheck.source.Span;

/**
 * A package-level variable; its initializer runs in the synthetic init function. A library package's variable
 * ({@code os.Stdout}) has instead a {@code nativeInit}, the name ({@code os.Stdout}) under which the natives
 * give its initial value; null for the program's own variables.
 */
public record Global(String name, Type type, Span declared, String nativeInit) {

    public Global(String name, Type type, Span declared) {
        this(name, type, declared, null);
    }
}
