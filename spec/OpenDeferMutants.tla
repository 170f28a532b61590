-------------------------- MODULE OpenDeferMutants --------------------------
(***************************************************************************)
(* Mutants of OpenDefer (Go 1.14-1.21), chosen by the constant Mutant, as  *)
(* in HeapDeferMutants: MutantNext takes the mutated step where the        *)
(* mutant differs and Next's step elsewhere; MutantRefines checks the      *)
(* refinement under the mapping, mutated too for the mapping mutant.       *)
(***************************************************************************)
EXTENDS OpenDefer, Witnesses

CONSTANT Mutant

\* The open-coded exit code of the running frame is about to call a closure.
OpenExit == outcome = Running /\ Cur.st = "exiting" /\ Cur.open /\ Cur.bits # {}

\* The exit code with two mistakes, one per mutant:
\*   "clear-after-call": bit b is cleared only after deferred call b returns
\*     (see ReturnClearsBit), so a panic in that call finds it still set and
\*     runOpenDeferFrame calls the closure a second time;
\*   "exit-low-bit-first": the exit code scans deferBits from the lowest bit,
\*     running the oldest defer first.
MutExitDefer ==
    LET b == IF Mutant = "exit-low-bit-first" THEN Min(Cur.bits) ELSE Max(Cur.bits) IN
    /\ frames' = Append([frames EXCEPT ![N].bits = IF Mutant = "clear-after-call" THEN @ ELSE @ \ {b}],
                        NewFrame(Body[b].fn, HowExit(N)))
    /\ log' = Append(log, <<"start", <<Cur.fn, b>>, Cur.slots[b]>>)
    /\ UNCHANGED <<prog, chain, panics, outcome, nextId>>
ReturnsIntoOpenExit == outcome = Running /\ Cur.st = "exiting" /\ ~HasWork(N)
                       /\ Cur.how.kind = "exit" /\ frames[Cur.how.frame].open
ReturnClearsBit ==
    LET j == Cur.how.frame IN
    /\ frames' = [Front(frames) EXCEPT ![j].bits = @ \ {Max(@)}]
    /\ chain' = IF OwnsHead(N) THEN Tail(chain) ELSE chain
    /\ UNCHANGED <<prog, panics, log, outcome, nextId>>

\* gopanic's loop meets g._defer's head d (addOneOpenDeferFrame done).
AtHead == outcome = Running /\ Cur.st = "panicking" /\ TopP.scan = 0 /\ chain # <<>>

\* runOpenDeferFrame with two mistakes:
\*   "panic-low-bit-first": it scans deferBits from the lowest bit;
\*   "open-call-no-argp": it calls the closure without setting p.argp (the
\*     argp deferCallSave passes), so an open-coded deferred call cannot
\*     recover.
RunsOpenFrame == AtHead /\ D0.open /\ D0.started /\ D0.panic = Len(panics)
                 /\ frames[D0.sp].bits # {}
MutRunOpenBit ==
    LET k == D0.sp
        p == Len(panics)
        b == IF Mutant = "panic-low-bit-first" THEN Min(frames[k].bits) ELSE Max(frames[k].bits)
    IN /\ frames' = Append([frames EXCEPT ![k].bits = @ \ {b}],
                           NewFrame(prog.body[frames[k].fn][b].fn, HowPanic(k, p)))
       /\ log' = Append(log, <<"start", <<frames[k].fn, b>>, frames[k].slots[b]>>)
       /\ panics' = IF Mutant = "open-call-no-argp" THEN panics
                    ELSE [panics EXCEPT ![p].argp = N + 1]
       /\ UNCHANGED <<prog, chain, outcome, nextId>>

\* "takeover-removes-open": a newer panic that meets an open record started
\* by an older one unlinks it like a plain record, so the frame's remaining
\* bits never run.
MeetsStartedOpen == AtHead /\ D0.started /\ D0.panic # Len(panics) /\ D0.open
RemoveStartedOpen ==
    /\ panics' = IF D0.panic > 0 THEN [panics EXCEPT ![D0.panic].aborted = TRUE] ELSE panics
    /\ chain' = Tail(chain)
    /\ UNCHANGED <<prog, frames, log, outcome, nextId>>

\* "plain-not-started": gopanic calls a plain record without marking it
\* started, so a panic in that call calls it again.
CallsPlain == AtHead /\ ~(D0.started /\ D0.panic # Len(panics)) /\ ~D0.open
CallPlainUnmarked ==
    /\ chain' = [chain EXCEPT ![1].panic = Len(panics)]
    /\ panics' = [panics EXCEPT ![Len(panics)].argp = N + 1]
    /\ frames' = Append(frames, NewFrame(D0.fn, HowPanic(D0.sp, Len(panics))))
    /\ log' = Append(log, <<"start", D0.site, D0.id>>)
    /\ UNCHANGED <<prog, outcome, nextId>>

MutantNext ==
    CASE Mutant \in {"clear-after-call", "exit-low-bit-first"} /\ OpenExit -> MutExitDefer
      [] Mutant = "clear-after-call" /\ ReturnsIntoOpenExit -> ReturnClearsBit
      [] Mutant \in {"panic-low-bit-first", "open-call-no-argp"} /\ RunsOpenFrame -> MutRunOpenBit
      [] Mutant = "takeover-removes-open" /\ MeetsStartedOpen -> RemoveStartedOpen
      [] Mutant = "plain-not-started" /\ CallsPlain -> CallPlainUnmarked
      [] OTHER -> Next

\* "aborted-from-field" (a mapping mutant): GoDefer's aborted is mapped from
\* _panic.aborted, which the runtime sets only when the newer panic reaches
\* the record the older one started, not when the newer panic is raised.
MutPanicsBar ==
    IF Mutant = "aborted-from-field"
      THEN [i \in 1..Len(panics) |-> [panicsBar[i] EXCEPT !.aborted = panics[i].aborted]]
      ELSE panicsBar

MutAbs == INSTANCE GoDefer WITH frames <- framesBar, panics <- MutPanicsBar, GoMinor <- 21
MutantRefines == MutAbs!Spec
=============================================================================
