-------------------------- MODULE HeapDeferMutants --------------------------
(***************************************************************************)
(* Mutants of HeapDefer: each is a mistake a runtime engineer could make,  *)
(* chosen by the constant Mutant.  MutantNext takes the mutated step in    *)
(* the states where the mutant differs and Next's step everywhere else;    *)
(* MutantRefines checks the refinement under the mapping, mutated too for  *)
(* the mapping mutants.  spec/manifest.json pins, for each mutant model,   *)
(* the invariant or property that must catch it; `defercheck tlc --all`    *)
(* and `mvn verify` fail if one is not caught.                             *)
(***************************************************************************)
EXTENDS HeapDefer, Witnesses

CONSTANT Mutant

\* "fifo-chain": deferproc appends the record at the tail of g._defer
\* instead of linking it at the head, so two defers of one frame run oldest
\* first.  Caught by GoDefer's PendingLIFO on the mapped state.
FIFODefer ==
    /\ chain' = chain \o <<Rec(nextId, ~StackRecords)>>
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ nextId' = nextId + 1
    /\ UNCHANGED <<prog, panics, log, outcome>>

\* "ignore-started": gopanic does not look at d.started, so a newer panic
\* calls the record an older panic is running a second time.
CallsStartedRecord == outcome = Running /\ Cur.st = "panicking" /\ chain # <<>> /\ D0.started
CallStartedAgain ==
    /\ chain' = [chain EXCEPT ![1].started = TRUE, ![1].panic = Len(panics)]
    /\ panics' = [panics EXCEPT ![Len(panics)].argp = N + 1]
    /\ frames' = Append(frames, NewFrame(D0.fn, HowPanic(D0.sp, Len(panics))))
    /\ log' = Append(log, Started(D0))
    /\ UNCHANGED <<prog, outcome, nextId>>

\* Recovery with three mistakes, one per mutant:
\*   "resume-raiser": mcall(recovery) resumes the frame that raised the panic
\*     (p's sp) instead of the frame that deferred the recovering call (d.sp);
\*   "keep-aborted": gopanic pops only the recovered panic, not the aborted
\*     panics under it;
\*   "goexit-not-resumed": recovery ignores the aborted Goexit under the
\*     recovered panic and the frame returns, cancelling the Goexit (what
\*     golang/go issue 29226 fixed).
Recovering == outcome = Running /\ Cur.st = "exiting" /\ ~OwnsHead
              /\ Cur.how.kind = "panic" /\ TopP.recovered
MutRecovery ==
    LET F == IF Mutant = "resume-raiser" THEN TopP.sp ELSE Cur.how.frame
        below == Len(panics) - 1
        Unlinked(n) == [k \in 1..Len(Tail(chain)) |->
                          IF Tail(chain)[k].panic > n THEN [Tail(chain)[k] EXCEPT !.panic = 0]
                          ELSE Tail(chain)[k]]
    IN IF Mutant # "goexit-not-resumed"
          /\ below >= 1 /\ panics[below].goexit /\ panics[below].aborted
         THEN /\ panics' = [i \in 1..below |-> IF i = below THEN [panics[i] EXCEPT !.aborted = FALSE]
                                              ELSE panics[i]]
              /\ frames' = SubSeq(frames, 1, panics[below].sp)
              /\ chain' = Unlinked(below)
         ELSE LET keep == IF Mutant = "keep-aborted" THEN below
                          ELSE Max({0} \cup {i \in 1..below : ~panics[i].aborted})
              IN /\ panics' = SubSeq(panics, 1, keep)
                 /\ frames' = [SubSeq(frames, 1, F) EXCEPT ![F].st = "exiting"]
                 /\ chain' = Unlinked(keep)

MutantNext ==
    CASE Mutant = "fifo-chain" /\ AtStmt("defer") -> FIFODefer
      [] Mutant = "ignore-started" /\ CallsStartedRecord -> CallStartedAgain
      [] Mutant \in {"resume-raiser", "keep-aborted", "goexit-not-resumed"} /\ Recovering ->
              MutRecovery /\ UNCHANGED <<prog, log, outcome, nextId>>
      [] OTHER -> Next

\* "res-as-slot" (a mapping mutant): GoDefer's r is mapped from the result
\* slot, which differs from r for unnamed results once `return` has run.
MutFramesBar ==
    IF Mutant = "res-as-slot"
      THEN [i \in 1..Len(frames) |-> [framesBar[i] EXCEPT !.res = frames[i].slot]]
      ELSE framesBar

MutAbs == INSTANCE GoDefer WITH frames <- MutFramesBar, panics <- panicsBar, GoMinor <- 21
MutantRefines == MutAbs!Spec
AbsPendingLIFO == MutAbs!PendingLIFO

\* GoDefer's mutants (GoDeferMutants.tla), which HeapDefer must fail to refine.
GoDeferMut == INSTANCE GoDeferMutants WITH frames <- framesBar, panics <- panicsBar, GoMinor <- 21
RefinesGoDeferMutant == GoDeferMut!MutantSpec
=============================================================================
