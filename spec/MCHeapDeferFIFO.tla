-------------------------- MODULE MCHeapDeferFIFO --------------------------
(* Bug model: deferproc appends the record at the tail of g._defer instead *)
(* of linking it at the head (claim 2 of docs/semantics.md).  Two          *)
(* defers in one frame then run oldest first, so the mapped pending list   *)
(* is no longer LIFO.  Expected: invariant AbsPendingLIFO violated.       *)
EXTENDS HeapDefer
AbsPendingLIFO == Abs!PendingLIFO
=============================================================================
