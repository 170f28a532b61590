----------------------------- MODULE MCGoDefer -----------------------------
(* Model wrapper for GoDefer; the bound is in MCGoDefer.cfg. *)
EXTENDS GoDefer
=============================================================================
