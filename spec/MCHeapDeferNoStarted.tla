------------------------ MODULE MCHeapDeferNoStarted ------------------------
(* Bug model: gopanic ignores d.started.  When a deferred call panics, the *)
(* new panic finds the same record still at the head of g._defer and calls *)
(* it again.  Expected: invariant AtMostOnce violated.                     *)
EXTENDS HeapDefer
=============================================================================
