/**
 * Exhaustive exploration: the canonical core programs of a bound as a finite automaton over tokens
 * ({@code Grammar}), counted, ranked and unranked exactly ({@code ProgramSpace}) and walked by successor
 * ({@code ProgramCursor}); the bounds; the multi-threaded explorer with shards, checkpoints and a contiguous
 * watermark; and the machines each program is checked on ({@code MachineSuite}, with the {@code Engine} that
 * runs the fast machines first and the reference machines on every disagreement). It finds the smallest
 * divergence and knows nothing of traces. It may use {@code coreprogram}, {@code fast} and the model
 * ({@code ir}, {@code semantics}, {@code runtime}, {@code source}).
 */
package defercheck.explore;
