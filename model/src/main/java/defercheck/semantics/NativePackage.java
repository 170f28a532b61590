package defercheck.semantics;

/**
 * The natives of one library package: the Java that runs each bodyless function and method its declaration
 * file ({@code resources/defercheck/lib/decl/PATH.go}) declares, and the initial values of its variables.
 * Registered once, by a line in {@code META-INF/services/defercheck.semantics.NativePackage} (read by
 * {@link Natives}).
 */
public interface NativePackage {

    /** The import path, as in the declaration file's name. */
    String path();

    /** Registers every native under its runtime name ({@code strings.Index}, {@code strings.(*Builder).Len}). */
    void register(NativeTable table);
}
