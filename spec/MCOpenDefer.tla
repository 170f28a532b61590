---------------------------- MODULE MCOpenDefer ----------------------------
(* Model wrapper for OpenDefer; the bound and flags are in MCOpenDefer.cfg. *)
EXTENDS OpenDefer
=============================================================================
