----------------------------- MODULE HeapDefer -----------------------------
(***************************************************************************)
(* Chain-of-records defer, the record paths of runtime/panic.go in Go      *)
(* 1.12-1.21 (deferproc, deferreturn, gopanic): every defer statement      *)
(* calls deferproc, which prepends a _defer record to g._defer;            *)
(* deferreturn at every exit pops the records of the caller's frame (sp);  *)
(* gopanic walks the chain head-first, marks a record started before       *)
(* calling it, unlinks it after the call, skips (and aborts the panic of)  *)
(* a record an earlier panic started, and on recovery makes the frame's    *)
(* deferproc "return 1" so the frame jumps to its deferreturn epilogue.    *)
(*                                                                         *)
(* Goexit uses a goexit _panic record as Go 1.14-1.21 do (without it,      *)
(* golang/go issue 29226 would fail the refinement), so this module        *)
(* refines GoDefer with the rules of Go 1.14-1.21, where loop defers and   *)
(* frames that are not open-coded take these paths. With StackRecords the  *)
(* non-loop records are stack-allocated (heap = FALSE, deferprocStack, Go  *)
(* 1.13+), which changes nothing else.                                     *)
(***************************************************************************)
EXTENDS Calculus

CONSTANT
    StackRecords    \* TRUE: deferprocStack for defers outside loops (Go 1.13)

VARIABLES
    prog,     \* the program (fixed after Init)
    frames,   \* goroutine stack: fn, pc, st, res, slot, how (no defer lists here)
    chain,    \* g._defer: records [id, fn, site, sp, started, heap, panic], head first
    panics,   \* g._panic, oldest first: [val, recovered, aborted, goexit, argp, sp]
    log,      \* observable log, as in GoDefer
    outcome,  \* as in GoDefer
    nextId    \* instance id of the next deferred closure (the record's fn value)

vars == <<prog, frames, chain, panics, log, outcome, nextId>>

CFrame == [fn : Funcs, pc : Nat, st : {"body", "exiting", "panicking"},
           res : {0} \cup Values, slot : {0} \cup Values, how : How]
Record == [id : Nat, fn : Funcs, site : Funcs \X Nat, sp : Nat,
           started : BOOLEAN, heap : BOOLEAN, panic : Nat]
CPanic == [val : {0} \cup Values, recovered : BOOLEAN, aborted : BOOLEAN,
           goexit : BOOLEAN, argp : Nat, sp : Nat]

NewFrame(f, how) == [fn |-> f, pc |-> 1, st |-> "body", res |-> 0, slot |-> 0, how |-> how]

TypeOK ==
    /\ prog \in Program
    /\ frames \in Seq(CFrame)
    /\ chain \in Seq(Record)
    /\ panics \in Seq(CPanic)
    /\ \A i \in 1..Len(log) : IsLogEntry(log[i])
    /\ outcome \in Outcome
    /\ nextId \in Nat \ {0}

Init ==
    /\ prog \in Programs
    /\ \E e \in Entries(prog) : frames = <<NewFrame(e, HowMain)>>
    /\ chain = <<>>
    /\ panics = <<>>
    /\ log = <<>>
    /\ outcome = Running
    /\ nextId = 1

-----------------------------------------------------------------------------
N == Len(frames)
Cur == frames[N]
Body == prog.body[Cur.fn]
Stm == Body[Cur.pc]
AtStmt(op) == outcome = Running /\ Cur.st = "body" /\ Cur.pc <= Len(Body) /\ Stm.op = op
TopP == panics[Len(panics)]
D0 == chain[1]  \* d := gp._defer
Rec(id, heap) == [id |-> id, fn |-> Stm.fn, site |-> <<Cur.fn, Cur.pc>>, sp |-> N,
                  started |-> FALSE, heap |-> heap, panic |-> 0]
\* deferproc links d at the head: d.link = g._defer; g._defer = d.
Link(rs) == [k \in 1..Len(rs) |-> rs[Len(rs) + 1 - k]] \o chain
Started(r) == <<"start", r.site, r.id>>

Defer ==
    /\ AtStmt("defer")
    /\ chain' = Link(<<Rec(nextId, ~StackRecords)>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ nextId' = nextId + 1
    /\ UNCHANGED <<prog, panics, log, outcome>>

\* A defer in a loop is always a heap record (escape analysis: loop depth > 1).
DeferLoop ==
    /\ AtStmt("deferloop")
    /\ chain' = Link([k \in 1..Stm.n |-> Rec(nextId + k - 1, TRUE)])
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ nextId' = nextId + Stm.n
    /\ UNCHANGED <<prog, panics, log, outcome>>

Call ==
    /\ AtStmt("call")
    /\ frames' = Append([frames EXCEPT ![N].pc = @ + 1], NewFrame(Stm.fn, HowCall(N)))
    /\ UNCHANGED <<prog, chain, panics, log, outcome, nextId>>

Raise(v, gx) ==
    /\ panics' = Append(panics, [val |-> v, recovered |-> FALSE, aborted |-> FALSE,
                                 goexit |-> gx, argp |-> 0, sp |-> N])
    /\ frames' = [frames EXCEPT ![N].st = "panicking"]
    /\ UNCHANGED <<prog, chain, log, outcome, nextId>>

Panic == AtStmt("panic") /\ Raise(Stm.val, FALSE)
Goexit == AtStmt("goexit") /\ Raise(0, TRUE)

\* runtime.gorecover: the caller's argp must equal the argp gopanic recorded
\* for the deferred call it is running.
CanRecover ==
    panics # <<>> /\ ~TopP.goexit /\ ~TopP.recovered /\ TopP.argp = N

Recover ==
    /\ AtStmt("recover")
    /\ IF CanRecover
         THEN /\ panics' = [panics EXCEPT ![Len(panics)].recovered = TRUE]
              /\ log' = Append(log, <<"recover", TopP.val>>)
         ELSE /\ log' = Append(log, <<"recover", Nil>>)
              /\ UNCHANGED panics
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, chain, outcome, nextId>>

Owner == IF Cur.how.kind \in {"exit", "panic"} THEN Cur.how.frame ELSE N
SetResult ==
    /\ AtStmt("setres")
    /\ LET j == Owner IN
       frames' = [frames EXCEPT ![j].res = Stm.val,
                                ![j].slot = IF prog.named[frames[j].fn] THEN Stm.val ELSE @,
                                ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, chain, panics, log, outcome, nextId>>

Print ==
    /\ AtStmt("print")
    /\ log' = Append(log, <<"print", Stm.val>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, chain, panics, outcome, nextId>>

Return ==
    /\ outcome = Running /\ Cur.st = "body"
    /\ IF Cur.pc > Len(Body) THEN TRUE ELSE Stm.op = "return"
    /\ frames' = [frames EXCEPT ![N].st = "exiting", ![N].slot = Cur.res]
    /\ UNCHANGED <<prog, chain, panics, log, outcome, nextId>>

\* deferreturn: while g._defer.sp is this frame, unlink the head, then call it.
OwnsHead == chain # <<>> /\ D0.sp = N
DeferReturn ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ OwnsHead
    /\ chain' = Tail(chain)
    /\ frames' = Append(frames, NewFrame(D0.fn, HowExit(N)))
    /\ log' = Append(log, Started(D0))
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* gopanic after the deferred call returned with p.recovered.  Go 1.14-1.21:
\* pop p; if the next record is an aborted Goexit, recovery jumps back into
\* the Goexit loop (its sp); otherwise pop the aborted panics under p, and
\* mcall(recovery) sets sp = d.sp and makes deferproc return 1, so frame F
\* runs deferreturn and returns.
Recovery ==
    LET F == Cur.how.frame
        below == Len(panics) - 1
    IN IF below >= 1 /\ panics[below].goexit /\ panics[below].aborted
         THEN /\ panics' = [i \in 1..below |-> IF i = below THEN [panics[i] EXCEPT !.aborted = FALSE]
                                              ELSE panics[i]]
              /\ frames' = SubSeq(frames, 1, panics[below].sp)
              /\ chain' = [k \in 1..Len(Tail(chain)) |->
                             IF Tail(chain)[k].panic > below THEN [Tail(chain)[k] EXCEPT !.panic = 0]
                             ELSE Tail(chain)[k]]
         ELSE LET keep == Max({0} \cup {i \in 1..below : ~panics[i].aborted}) IN
              /\ panics' = SubSeq(panics, 1, keep)
              /\ frames' = [SubSeq(frames, 1, F) EXCEPT ![F].st = "exiting"]
              /\ chain' = [k \in 1..Len(Tail(chain)) |->
                             IF Tail(chain)[k].panic > keep THEN [Tail(chain)[k] EXCEPT !.panic = 0]
                             ELSE Tail(chain)[k]]

\* The frame returns.  Into gopanic: p.argp = nil, unlink d (the head), then
\* check p.recovered.
Leave ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ ~OwnsHead
    /\ CASE Cur.how.kind = "main" ->
              /\ outcome' = [kind |-> "exit", chain |-> <<>>]
              /\ frames' = <<>>
              /\ UNCHANGED <<chain, panics, log>>
         [] Cur.how.kind = "call" ->
              /\ frames' = Front(frames)
              /\ log' = Append(log, <<"ret", Cur.fn, Cur.slot>>)
              /\ UNCHANGED <<chain, panics, outcome>>
         [] Cur.how.kind = "exit" ->
              /\ frames' = Front(frames)
              /\ UNCHANGED <<chain, panics, log, outcome>>
         [] Cur.how.kind = "panic" ->
              /\ IF TopP.recovered
                   THEN Recovery
                   ELSE /\ frames' = Front(frames)
                        /\ chain' = Tail(chain)
                        /\ panics' = [panics EXCEPT ![Len(panics)].argp = 0]
              /\ UNCHANGED <<log, outcome>>
    /\ UNCHANGED <<prog, nextId>>

\* One iteration of gopanic's loop over g._defer.
PanicStep ==
    /\ outcome = Running /\ Cur.st = "panicking"
    /\ IF chain = <<>>
         THEN /\ outcome' = IF TopP.goexit THEN [kind |-> "deadlock", chain |-> <<>>]
                            ELSE [kind |-> "crash", chain |-> CrashChain(panics)]
              /\ UNCHANGED <<frames, chain, panics, log>>
       ELSE IF D0.started
         THEN \* an earlier panic was running d: abort that panic, unlink d, do not re-run it
              /\ panics' = IF D0.panic > 0 THEN [panics EXCEPT ![D0.panic].aborted = TRUE]
                           ELSE panics
              /\ chain' = Tail(chain)
              /\ UNCHANGED <<frames, log, outcome>>
         ELSE /\ chain' = [chain EXCEPT ![1].started = TRUE, ![1].panic = Len(panics)]
              /\ panics' = [panics EXCEPT ![Len(panics)].argp = N + 1]
              /\ frames' = Append(frames, NewFrame(D0.fn, HowPanic(D0.sp, Len(panics))))
              /\ log' = Append(log, Started(D0))
              /\ UNCHANGED outcome
    /\ UNCHANGED <<prog, nextId>>

Terminated == outcome # Running /\ UNCHANGED vars

\* `go g()` (Calculus, Entries): the run of this goroutine notes the start; g's
\* own goroutine is a run of its own, and Schedules.tla interleaves the runs.
StartGoroutine ==
    /\ AtStmt("go")
    /\ log' = Append(log, <<"go", Stm.fn>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, chain, panics, outcome, nextId>>

\* wg.Wait(): noted; whether it blocks is the schedules' business.
WaitGroupWait ==
    /\ AtStmt("wait")
    /\ log' = Append(log, <<"wait", 0>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, chain, panics, outcome, nextId>>

Next == Defer \/ DeferLoop \/ Call \/ Panic \/ Goexit \/ Recover \/ SetResult
        \/ Print \/ Return \/ DeferReturn \/ Leave \/ PanicStep \/ Terminated
        \/ StartGoroutine \/ WaitGroupWait

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants of the runtime structures. *)

\* The chain is sorted by frame: records of deeper frames are nearer the head.
\* No stale records (runtime TestDeferWithRepeatedRepanics, #37664): while the
\* goroutine runs, every record in g._defer belongs to a frame on the stack.
NoStaleRecords == outcome = Running => \A k \in 1..Len(chain) : chain[k].sp <= Len(frames)
ChainSortedBySp == \A a, b \in 1..Len(chain) : a < b => chain[a].sp >= chain[b].sp

\* Only the record gopanic is running (and records whose panic was superseded)
\* are started; a started record always belongs to a live or aborted panic.
StartedHavePanic == \A k \in 1..Len(chain) : chain[k].panic <= Len(panics)

HeapFlag == \A k \in 1..Len(chain) :
              chain[k].heap = (~StackRecords \/ prog.body[chain[k].site[1]][chain[k].site[2]].op = "deferloop")

StartedIds == {log[i][3] : i \in {k \in 1..Len(log) : log[k][1] = "start"}}
AtMostOnce == \A i, k \in 1..Len(log) :
                (i < k /\ log[i][1] = "start" /\ log[k][1] = "start") => log[i][3] # log[k][3]

-----------------------------------------------------------------------------
(* Refinement of GoDefer. *)

\* framesBar: the stack itself is the same; frame i's pending defer list is the
\* records of chain with sp = i that no panic has started, newest last.  A
\* started record is still linked while gopanic runs it (1.12 unlinks after
\* the call) but GoDefer removed it before the call, so started ones are
\* left out; the chain is head-first, so reversing gives GoDefer's order.
Pending(i) ==
    LET mine == SelectSeq(chain, LAMBDA r : r.sp = i /\ ~r.started)
    IN [k \in 1..Len(mine) |-> [id |-> mine[Len(mine) + 1 - k].id,
                                fn |-> mine[Len(mine) + 1 - k].fn,
                                site |-> mine[Len(mine) + 1 - k].site]]
framesBar == [i \in 1..Len(frames) |->
                [fn |-> frames[i].fn, pc |-> frames[i].pc, st |-> frames[i].st,
                 res |-> frames[i].res, slot |-> frames[i].slot,
                 defers |-> Pending(i), how |-> frames[i].how]]

\* panicsBar: one abstract record per _panic.  depth is _panic.sp, the frame
\* that called gopanic/Goexit.  GoDefer's "aborted" means "superseded by a
\* newer record"; the runtime marks it lazily, when the newer panic reaches
\* the started record, so it is mapped from the position, not the field.
panicsBar == [i \in 1..Len(panics) |->
                [val |-> panics[i].val, recovered |-> panics[i].recovered,
                 aborted |-> i < Len(panics), goexit |-> panics[i].goexit,
                 depth |-> panics[i].sp]]

\* The record paths of Go 1.14-1.21 (see the header): their Goexit rule.
Abs == INSTANCE GoDefer WITH frames <- framesBar, panics <- panicsBar, GoMinor <- 21
Refines == Abs!Spec

(***************************************************************************)
(* How each step refines GoDefer: the step of Next on the left is the step *)
(* of Abs!Next on the right, or leaves every variable of Abs unchanged (a  *)
(* stutter).  Actions of the same name correspond unless listed here.      *)
(*                                                                         *)
(*   HeapDefer                          GoDefer                            *)
(*   ---------                          -------                            *)
(*   Defer, DeferLoop (deferproc)       Defer, DeferLoop: the new records  *)
(*                                      are frame N's newest pending       *)
(*   DeferReturn                        ExitDefer: the unlinked head is    *)
(*                                      the newest pending closure of N    *)
(*   Leave, into gopanic, p not         Leave: the started record that is  *)
(*     recovered (unlink d)             unlinked was no longer pending     *)
(*   Leave, into gopanic, p recovered   Leave by Recovery: back into the   *)
(*     (Recovery, mcall(recovery))      Goexit loop when the next _panic   *)
(*                                      is an aborted Goexit (the 1.14-    *)
(*                                      1.21 rule), else frame F returns   *)
(*   PanicStep, g._defer empty          PanicStep: crash or deadlock       *)
(*   PanicStep, d not started           PanicStep: the call of the newest  *)
(*                                      pending closure                    *)
(*   PanicStep, d started (abort its    stutter: a started record is not   *)
(*     panic, unlink d)                 pending, and "aborted" is mapped   *)
(*                                      from the position, not the field   *)
(***************************************************************************)
\* The table as a property the witness models check: every step of Next is
\* the step of Abs!Next its row names, or leaves Abs's variables alone.
AbsVars == <<prog, framesBar, panicsBar, log, outcome, nextId>>
SkipsStarted == chain # <<>> /\ D0.started
StepsCorrespond ==
    [][/\ Defer => Abs!Defer
       /\ DeferLoop => Abs!DeferLoop
       /\ Call => Abs!Call
       /\ Panic => Abs!Panic
       /\ Goexit => Abs!Goexit
       /\ Recover => Abs!Recover
       /\ SetResult => Abs!SetResult
       /\ Print => Abs!Print
       /\ StartGoroutine => Abs!StartGoroutine
       /\ WaitGroupWait => Abs!WaitGroupWait
       /\ Return => Abs!Return
       /\ DeferReturn => Abs!ExitDefer
       /\ Leave => Abs!Leave
       /\ (PanicStep /\ ~SkipsStarted) => Abs!PanicStep
       /\ (PanicStep /\ SkipsStarted) => UNCHANGED AbsVars
       /\ Terminated => UNCHANGED AbsVars]_vars

THEOREM Spec => Abs!Spec
THEOREM Spec => [](TypeOK /\ ChainSortedBySp /\ NoStaleRecords /\ StartedHavePanic
                   /\ HeapFlag /\ AtMostOnce)
=============================================================================
