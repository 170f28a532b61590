---------------------------- MODULE MCPanicLoop ----------------------------
(* Model wrapper for PanicLoop; the bound and flags are in MCPanicLoop.cfg. *)
EXTENDS PanicLoop
=============================================================================
