---------------------------- MODULE StackDefer ----------------------------
(***************************************************************************)
(* Go 1.13 stack records (runtime/panic.go deferprocStack; golang/go issue *)
(* 6980): the compiler builds the _defer in the caller's frame for every   *)
(* defer at loop depth 1 (escape analysis marks it non-escaping) and       *)
(* deferprocStack links it into g._defer; loop defers stay heap records,   *)
(* so one frame mixes both.  The runtime then treats both kinds alike      *)
(* (freedefer only skips pooling for !d.heap), so this module is HeapDefer *)
(* with StackRecords = TRUE; its own refinement section maps the same      *)
(* chain to GoDefer.  Its Goexit is HeapDefer's, with the _panic record of *)
(* 1.14+, so it refines GoDefer with the rules of Go 1.14-1.21, not of     *)
(* 1.13 (golang/go issue 29226).                                           *)
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

H == INSTANCE HeapDefer WITH StackRecords <- TRUE

TypeOK == H!TypeOK
Init == H!Init
\* HeapDefer's actions one by one (not H!Next), so that TLC's coverage
\* counts each of them.
Next == H!Defer \/ H!DeferLoop \/ H!Call \/ H!Panic \/ H!Goexit \/ H!Recover
        \/ H!SetResult \/ H!Print \/ H!Return \/ H!DeferReturn \/ H!Leave
        \/ H!PanicStep \/ H!Terminated
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
(* Each step corresponds to GoDefer's as in HeapDefer's table.             *)
framesBar == H!framesBar
panicsBar == H!panicsBar
Abs == INSTANCE GoDefer WITH frames <- framesBar, panics <- panicsBar, GoMinor <- 21
Refines == Abs!Spec

\* HeapDefer's table, checked as there by the witness model.
AbsVars == <<prog, framesBar, panicsBar, log, outcome, nextId>>
StepsCorrespond ==
    [][/\ H!Defer => Abs!Defer
       /\ H!DeferLoop => Abs!DeferLoop
       /\ H!Call => Abs!Call
       /\ H!Panic => Abs!Panic
       /\ H!Goexit => Abs!Goexit
       /\ H!Recover => Abs!Recover
       /\ H!SetResult => Abs!SetResult
       /\ H!Print => Abs!Print
       /\ H!Return => Abs!Return
       /\ H!DeferReturn => Abs!ExitDefer
       /\ H!Leave => Abs!Leave
       /\ (H!PanicStep /\ ~H!SkipsStarted) => Abs!PanicStep
       /\ (H!PanicStep /\ H!SkipsStarted) => UNCHANGED AbsVars
       /\ H!Terminated => UNCHANGED AbsVars]_vars

THEOREM Spec => Abs!Spec
THEOREM Spec => [](TypeOK /\ ChainSortedBySp /\ NoStaleRecords /\ StartedHavePanic
                   /\ HeapFlag /\ AtMostOnce)
=============================================================================
