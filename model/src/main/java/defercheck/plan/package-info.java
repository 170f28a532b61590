/**
 * The compiler's choice for every {@code defer} site, per Go version, exactly as
 * {@code go build -gcflags=-d=defer} prints it: open-coded, stack-allocated or heap-allocated
 * (docs/runtime.md, "The compiler's plan"). Owns the open-coding limits, the dead-code rules of each
 * version, and the small escape analysis that finds named results moved to the heap. Reads the IR; may use
 * {@code ir} and {@code source}, and runs nothing.
 */
package defercheck.plan;
