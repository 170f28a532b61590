/**
 * The natives of the library packages the model provides: one {@code NativePackage} per package (errors, fmt,
 * os, runtime, strings, strconv, math, sort, bytes, log), whose declarations are the resources
 * {@code defercheck/lib/decl/PATH.go}. Natives call Go functions and methods step by step (sort's Less and Swap,
 * fmt's String methods, a log writer's Write), so a panic in them unwinds like any Go panic.
 */
package defercheck.semantics.natives;
