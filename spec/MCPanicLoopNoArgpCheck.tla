----------------------- MODULE MCPanicLoopNoArgpCheck -----------------------
(* Bug model: gorecover skips the argp comparison, so recover() in a helper *)
(* called by a deferred function stops the panic (compare #73916, where the *)
(* wrapper made the check pass wrongly).  GoDefer's recover returns nil     *)
(* there.  Expected: property Refines violated.                            *)
EXTENDS PanicLoop
=============================================================================
