-------------------------- MODULE PanicLoopMutants --------------------------
(***************************************************************************)
(* Mutants of PanicLoop (Go 1.22+), chosen by the constant Mutant, as in   *)
(* HeapDeferMutants: MutantNext takes the mutated step where the mutant    *)
(* differs and Next's step elsewhere; MutantRefines checks the refinement  *)
(* under the mapping, mutated too for the mapping mutants.                 *)
(***************************************************************************)
EXTENDS PanicLoop, Witnesses

CONSTANT Mutant

\* "no-argp-check": gorecover skips the argp comparison, so recover() in a
\* helper called by a deferred function stops the panic (compare golang/go
\* issue 73916, where the defer wrapper made the check pass wrongly).
RecoverNoArgp ==
    /\ IF panics # <<>> /\ ~TopP.goexit /\ ~TopP.recovered
         THEN /\ panics' = [panics EXCEPT ![Len(panics)].recovered = TRUE]
              /\ log' = Append(log, <<"recover", TopP.val>>)
         ELSE /\ log' = Append(log, <<"recover", Nil>>)
              /\ UNCHANGED panics
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, chain, outcome, nextId>>

\* recovery with three mistakes, one per mutant:
\*   "pops-above-only": recovery pops the panics whose startSP is above the
\*     target frame, not at or above it, so the recovered panic, raised in
\*     that frame, stays;
\*   "goexit-rule-1.14": recovery resumes a Goexit only when it is directly
\*     below the recovered panic (the rule of Go 1.14-1.21);
\*   "recovery-copies-r": the recovered frame returns with its result slot
\*     set from r, as if `return` had run; for unnamed results Go returns
\*     the slot as it stands (the zero value).
Recovering == outcome = Running /\ Cur.st = "exiting" /\ ~HasWork(N)
              /\ Cur.how.kind = "panic" /\ TopP.recovered
MutRecovery ==
    LET F == TopP.sp
        from == IF Mutant = "pops-above-only"
                  THEN Min({i \in 1..Len(panics) : panics[i].startSP > F} \cup {Len(panics) + 1})
                  ELSE Min({i \in 1..Len(panics) : panics[i].startSP >= F})
        gx == IF Mutant = "goexit-rule-1.14"
                THEN {i \in from..Len(panics) : panics[i].goexit} \cap {Len(panics) - 1}
                ELSE {i \in from..Len(panics) : panics[i].goexit}
    IN IF gx = {}
         THEN /\ panics' = SubSeq(panics, 1, from - 1)
              /\ frames' = [SubSeq(frames, 1, F) EXCEPT
                              ![F].st = "exiting",
                              ![F].slot = IF Mutant = "recovery-copies-r" THEN frames[F].res ELSE @]
         ELSE LET g == Max(gx) IN
              /\ panics' = [i \in 1..g |-> IF i = g
                                           THEN [panics[i] EXCEPT !.sp = panics[i].startSP + 1]
                                           ELSE panics[i]]
              /\ frames' = SubSeq(frames, 1, panics[g].startSP)

\* "nextframe-open-only": nextFrame looks for frames with open bits only, not
\* for the frame that owns g._defer's head, so a panic never reaches the
\* chain records of frames below the one that panicked.
NextFrameOpenOnly ==
    LET k == TopP.sp
        open == {j \in 1..(k - 1) : j <= N /\ frames[j].bits # {}}
    IN /\ outcome = Running /\ Cur.st = "panicking" /\ ~(k <= N /\ HasWork(k))
       /\ IF open # {}
            THEN /\ panics' = [panics EXCEPT ![Len(panics)].sp = Max(open)]
                 /\ UNCHANGED <<frames, chain, log, outcome>>
            ELSE /\ outcome' = IF TopP.goexit THEN [kind |-> "deadlock", chain |-> <<>>]
                               ELSE [kind |-> "crash", chain |-> CrashChain(panics)]
                 /\ UNCHANGED <<frames, chain, panics, log>>
       /\ UNCHANGED <<prog, nextId>>
WalkingDown == outcome = Running /\ Cur.st = "panicking" /\ ~(TopP.sp <= N /\ HasWork(TopP.sp))

MutantNext ==
    CASE Mutant = "no-argp-check" /\ AtStmt("recover") -> RecoverNoArgp
      [] Mutant \in {"pops-above-only", "goexit-rule-1.14", "recovery-copies-r"} /\ Recovering ->
              MutRecovery /\ UNCHANGED <<prog, chain, log, outcome, nextId>>
      [] Mutant = "nextframe-open-only" /\ WalkingDown -> NextFrameOpenOnly
      [] OTHER -> Next

\* Two mapping mutants:
\*   "records-not-pending": a record frame's pending closures are mapped to
\*     none, as if chain records were not deferred calls;
\*   "depth-from-sp": a panic's depth is mapped from p.sp (where its walk is)
\*     instead of p.startSP (the frame that raised it).
MutFramesBar ==
    IF Mutant = "records-not-pending"
      THEN [i \in 1..Len(frames) |->
              IF frames[i].open THEN framesBar[i] ELSE [framesBar[i] EXCEPT !.defers = <<>>]]
      ELSE framesBar
MutPanicsBar ==
    IF Mutant = "depth-from-sp"
      THEN [i \in 1..Len(panics) |-> [panicsBar[i] EXCEPT !.depth = panics[i].sp]]
      ELSE panicsBar

MutAbs == INSTANCE GoDefer WITH frames <- MutFramesBar, panics <- MutPanicsBar, GoMinor <- 23
MutantRefines == MutAbs!Spec

\* GoDefer's mutants (GoDeferMutants.tla), which PanicLoop must fail to refine.
GoDeferMut == INSTANCE GoDeferMutants WITH frames <- framesBar, panics <- panicsBar, GoMinor <- 23
RefinesGoDeferMutant == GoDeferMut!MutantSpec
=============================================================================
