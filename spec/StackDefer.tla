---------------------------- MODULE StackDefer ----------------------------
(***************************************************************************)
(* Go 1.13 stack records (docs/runtime.md, section 2): deferprocStack      *)
(* builds the _defer in the caller's frame for every defer at loop depth 1 *)
(* and links it into g._defer; loop defers stay heap records, so one frame *)
(* mixes both.  The runtime then treats both kinds alike (freedefer only   *)
(* skips pooling for !d.heap), so this module is HeapDefer with            *)
(* StackRecords = TRUE and no mutant; its own refinement section maps the  *)
(* same chain to GoDefer.                                                  *)
(***************************************************************************)
EXTENDS Calculus

VARIABLES
    prog,     \* the program (fixed after Init)
    frames,   \* goroutine stack, as in HeapDefer
    chain,    \* g._defer, stack and heap records mixed, head first
    panics,   \* g._panic records, oldest first
    log,      \* observable log
    outcome,  \* final outcome
    nextId    \* next closure instance id

vars == <<prog, frames, chain, panics, log, outcome, nextId>>

H == INSTANCE HeapDefer WITH StackRecords <- TRUE, FIFOChain <- FALSE, IgnoreStarted <- FALSE

TypeOK == H!TypeOK
Init == H!Init
Next == H!Next
Spec == Init /\ [][Next]_vars

ChainSortedBySp == H!ChainSortedBySp
NoStaleRecords == H!NoStaleRecords
StartedHavePanic == H!StartedHavePanic
\* Non-loop defers are stack records, loop defers heap records.
HeapFlag == H!HeapFlag
AtMostOnce == H!AtMostOnce

-----------------------------------------------------------------------------
(* Refinement of GoDefer: the same mapping as HeapDefer, because a stack    *)
(* record sits in g._defer exactly like a heap one (same sp, started,      *)
(* _panic), so pending closures of frame i are still its unstarted records. *)
framesBar == H!framesBar
panicsBar == H!panicsBar
Abs == INSTANCE GoDefer WITH frames <- framesBar, panics <- panicsBar
Refines == Abs!Spec
=============================================================================
