/**
 * The library packages the model provides, one {@link defercheck.semantics.NativePackage} per Go package: the
 * Java behind each bodyless function and method of the package's declaration file
 * ({@code resources/defercheck/lib/decl/PATH.go}), built on the pure-Java primitives of {@code lib}. A native
 * runs as a frame of its own and calls Go functions and methods (fmt's String and Error, sort's Less, errors.Is's
 * Is) as explicit steps, never by running Go code itself. May use {@code semantics}, {@code lib}, {@code ir} and
 * {@code source}; {@code semantics} finds these classes through {@code ServiceLoader} and never names them.
 */
package defercheck.semantics.natives;
