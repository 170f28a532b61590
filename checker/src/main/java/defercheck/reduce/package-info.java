/**
 * Delta debugging of core programs: one-step simplifications tried in a fixed order, each result put in the
 * enumerator's canonical form, until no single simplification still fails, so that a random find shrinks to a
 * 1-minimal program the explorer could rank. Works on programs alone, with the failure as a predicate, so it
 * may use only {@code coreprogram}.
 */
package defercheck.reduce;
