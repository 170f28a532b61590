/**
 * Lowers a checked syntax tree to the IR: slots, boxes for captured and address-taken variables, closures
 * and their captures, defer sites (with whether they sit in a loop), the package initializer, and from
 * language version 1.22 a fresh loop variable per iteration (docs/semantics.md, "Loop variables"). May use
 * {@code source}, {@code syntax.ast}, {@code syntax}, {@code syntax.token}, {@code check} and {@code ir};
 * it runs nothing.
 */
package defercheck.lower;
