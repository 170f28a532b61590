/**
 * Go's sort algorithms as resumable machines ({@link defercheck.lib.sort.SortMachine},
 * {@link defercheck.lib.sort.BinarySearch}): the model runs the user's Less, Swap or predicate as ordinary
 * machine steps between the requests, which come in exactly Go's order. The routines of Go's pdqsort and
 * stable sort are immutable frame records with a program counter on an explicit stack, so a state can be
 * copied, compared and resumed with either answer.
 */
package defercheck.lib.sort;
