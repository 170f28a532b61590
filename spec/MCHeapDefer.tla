---------------------------- MODULE MCHeapDefer ----------------------------
(* Model wrapper for HeapDefer; the bound and flags are in MCHeapDefer.cfg. *)
EXTENDS HeapDefer
=============================================================================
