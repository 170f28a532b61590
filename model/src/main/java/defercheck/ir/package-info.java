/**
 * The IR every machine runs: a stack machine of {@link defercheck.ir.Instr} records in the
 * {@link defercheck.ir.Function}s of a {@link defercheck.ir.Program}, with slots, captures, static types
 * and {@link defercheck.ir.DeferSite}s. Made by {@code lower} from Go source and by the checker module's
 * direct lowering from core programs; read by the machines and the planner. Plain data; uses only
 * {@code source}.
 */
package defercheck.ir;
