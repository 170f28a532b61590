---------------------------- MODULE MCStackDefer ----------------------------
(* Model wrapper for StackDefer; the bound is in MCStackDefer.cfg. *)
EXTENDS StackDefer
=============================================================================
