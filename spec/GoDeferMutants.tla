--------------------------- MODULE GoDeferMutants ---------------------------
(***************************************************************************)
(* Mutants of GoDefer, chosen by the constant Mutant: MutantNext takes the *)
(* mutated step where the mutant differs and Next's step elsewhere.  Most  *)
(* keep GoDefer's own laws, so what catches them is a strategy spec that   *)
(* no longer refines the mutated semantics: the strategy's mutants module  *)
(* instantiates this one (RefinesGoDeferMutant), as HeapDeferMutants and   *)
(* PanicLoopMutants do.  spec/manifest.json pins, for each mutant model,   *)
(* the invariant or property that must catch it.                           *)
(***************************************************************************)
EXTENDS GoDefer, Witnesses

CONSTANT Mutant

\* A deferred call returns into the panic walk with the top panic recovered.
Recovering == outcome = Running /\ Cur.st = "exiting" /\ Cur.defers = <<>>
              /\ Cur.how.kind = "panic" /\ TopP.recovered

\* Recovery with two mistakes, one per mutant:
\*   "godefer-resume-raiser": control resumes in the frame that raised the
\*     recovered panic instead of the frame that deferred the recovering call;
\*   "godefer-goexit-rule-1.14": Go 1.22+ resume a Goexit only when it is
\*     directly below the recovered panic (the rule of 1.14-1.21).
MutRecovery ==
    LET F == IF Mutant = "godefer-resume-raiser" THEN TopP.depth ELSE Cur.how.frame
        from == Min({i \in 1..Len(panics) : panics[i].depth >= F})
        dropped == {i \in from..Len(panics) : panics[i].goexit}
        gx == IF GoMinor >= 22 /\ Mutant # "godefer-goexit-rule-1.14" THEN dropped
              ELSE IF GoMinor >= 14 THEN dropped \cap {Len(panics) - 1}
              ELSE {}
    IN IF gx = {}
         THEN /\ panics' = [i \in 1..(from - 1) |->
                              IF i = from - 1 THEN [panics[i] EXCEPT !.aborted = FALSE]
                              ELSE panics[i]]
              /\ frames' = [SubSeq(frames, 1, F) EXCEPT ![F].st = "exiting"]
         ELSE LET g == Max(gx) IN
              /\ panics' = [i \in 1..g |-> IF i = g THEN [panics[i] EXCEPT !.aborted = FALSE]
                                           ELSE panics[i]]
              /\ frames' = SubSeq(frames, 1, panics[g].depth)

\* "godefer-walk-oldest-first": the panic walk calls the oldest pending
\* closure of the innermost frame that has one.
Walking == outcome = Running /\ Cur.st = "panicking" /\ \E i \in 1..N : frames[i].defers # <<>>
WalkOldest ==
    LET j == Max({i \in 1..N : frames[i].defers # <<>>})
        e == Head(frames[j].defers)
    IN /\ frames' = Append([frames EXCEPT ![j].defers = Tail(@)],
                           NewFrame(e.fn, HowPanic(j, Len(panics))))
       /\ log' = Append(log, Started(e))
       /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* "godefer-ret-logs-r": a call returns its r instead of its result slot, so
\* a deferred closure's write to r shows through unnamed results.
ReturningFromCall == outcome = Running /\ Cur.st = "exiting" /\ Cur.defers = <<>>
                     /\ Cur.how.kind = "call"
ReturnR ==
    /\ frames' = Front(frames)
    /\ log' = Append(log, <<"ret", Cur.fn, Cur.res>>)
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* "godefer-recover-anywhere": recover stops the panic in any frame the walk
\* has running, a helper of the deferred call included (no argp check).
RecoverAnywhere ==
    /\ IF Seen > 0 /\ ~panics[Seen].recovered /\ ~panics[Seen].goexit
         THEN /\ panics' = [panics EXCEPT ![Seen].recovered = TRUE]
              /\ log' = Append(log, <<"recover", panics[Seen].val>>)
         ELSE /\ log' = Append(log, <<"recover", Nil>>)
              /\ UNCHANGED panics
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, outcome, nextId>>

MutantNext ==
    CASE Mutant \in {"godefer-resume-raiser", "godefer-goexit-rule-1.14"} /\ Recovering ->
              MutRecovery /\ UNCHANGED <<prog, log, outcome, nextId>>
      [] Mutant = "godefer-walk-oldest-first" /\ Walking -> WalkOldest
      [] Mutant = "godefer-ret-logs-r" /\ ReturningFromCall -> ReturnR
      [] Mutant = "godefer-recover-anywhere" /\ AtStmt("recover") -> RecoverAnywhere
      [] OTHER -> Next

MutantSpec == Init /\ [][MutantNext]_vars
=============================================================================
