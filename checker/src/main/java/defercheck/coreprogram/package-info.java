/**
 * The explorer's core programs: the small calculus of defer, panic, recover, Goexit and os.Exit the explorer
 * enumerates, as records ({@code CoreProgram}, {@code CoreFunction}, {@code CoreStmt}, {@code Deferred},
 * {@code Guard}), as the int token string the enumerator counts ({@code CoreToken}, {@code TokenCodec}), as Go
 * source ({@code GoPrinter}), and lowered straight to the model's IR ({@code CoreLowering}). It may use only the
 * model's {@code ir} and {@code source}; the readers that parse core programs back from text are in
 * {@code coreprogram.read}.
 */
package defercheck.coreprogram;
