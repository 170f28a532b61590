--------------------- MODULE MCOpenDeferClearAfterCall ---------------------
(* Bug model: the open-coded exit sequence clears deferBits bit i after   *)
(* deferred call i returns instead of before calling it.  If that call    *)
(* panics, runOpenDeferFrame still sees the bit and calls the closure a   *)
(* second time.  Expected: invariant AtMostOnce violated.                 *)
EXTENDS OpenDefer
=============================================================================
