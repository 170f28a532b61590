------------------------- MODULE StackDeferMutants -------------------------
(***************************************************************************)
(* Mutants of StackDefer (Go 1.13 stack records), chosen by the constant   *)
(* Mutant, as in HeapDeferMutants: MutantNext takes the mutated step where *)
(* the mutant differs and Next's step elsewhere.                           *)
(***************************************************************************)
EXTENDS StackDefer, Witnesses

CONSTANT Mutant

\* "loop-on-stack": escape analysis misses the loop and a loop defer gets a
\* stack record, one slot in the frame that every iteration reuses: the
\* chain ends up holding the last iteration's closure only.
LoopOnStack ==
    /\ chain' = <<H!Rec(nextId + H!Stm.n - 1, FALSE)>> \o chain
    /\ frames' = [frames EXCEPT ![H!N].pc = @ + 1]
    /\ nextId' = nextId + H!Stm.n
    /\ UNCHANGED <<prog, panics, log, outcome>>

\* "deferreturn-ignores-sp": deferreturn pops g._defer's head without
\* comparing d.sp with its caller's sp, so a function that returns runs the
\* deferred calls of the frames below it.
ReturnsWithForeignHead == outcome = Running /\ H!Cur.st = "exiting" /\ chain # <<>>
                          /\ H!D0.sp # H!N
RunForeignHead ==
    /\ chain' = Tail(chain)
    /\ frames' = Append(frames, H!NewFrame(H!D0.fn, HowExit(H!N)))
    /\ log' = Append(log, H!Started(H!D0))
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

MutantNext ==
    CASE Mutant = "loop-on-stack" /\ H!AtStmt("deferloop") -> LoopOnStack
      [] Mutant = "deferreturn-ignores-sp" /\ ReturnsWithForeignHead -> RunForeignHead
      [] OTHER -> Next
=============================================================================
