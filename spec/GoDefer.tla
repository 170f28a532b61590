------------------------------ MODULE GoDefer ------------------------------
(***************************************************************************)
(* The abstract semantics of defer, panic, recover and runtime.Goexit for  *)
(* one goroutine, as the Go spec states them (sections "Defer statements", *)
(* "Return statements", "Handling panics") and runtime/panic.go (gopanic,  *)
(* gorecover, Goexit) implements them:                                     *)
(*   - a stack of frames, each with a LIFO list of pending deferred        *)
(*     closures and a result slot;                                         *)
(*   - a panic stack, oldest first, of records                             *)
(*     {val, recovered, aborted, goexit, depth};                           *)
(*   - the observable log and the outcome.                                 *)
(* Every program of Calculus.tla's bound is chosen in Init, so TLC         *)
(* explores all of them.  GoMinor picks the Go version's rules where they  *)
(* differ (Seen and Recovery below).                                       *)
(*                                                                         *)
(* GoDeferFlat.tla extends this module for the explorer's flattened        *)
(* programs and the straight-line route (return v, os.Exit, defer          *)
(* recover(), closures writing the r of the function they are written in). *)
(***************************************************************************)
EXTENDS Calculus

CONSTANT
    GoMinor   \* the Go version 1.GoMinor whose rules apply where versions differ

VARIABLES
    prog,     \* the program being run (fixed after Init)
    frames,   \* the goroutine stack, frames[1] is main, the last is running
    panics,   \* the panic stack, oldest first: val, recovered, aborted, goexit, depth
    log,      \* the observable log (see Calculus)
    outcome,  \* running, exit, crash (with the panic chain) or deadlock (Goexit in main)
    nextId    \* the instance id of the next deferred closure

vars == <<prog, frames, panics, log, outcome, nextId>>

\* The bodies a frame can run: the functions of the program (GoDeferFlat adds
\* deferred closures and builtins of its own).
Code == 1..Len(prog.body)

\* st: "body" runs statements at pc; "exiting" runs its defers in normal-return
\* mode; "panicking" means a panic or Goexit was raised in this frame.
\* res is the function's result variable r, slot its result slot.  For a
\* function with named results r *is* the slot; otherwise `return` copies r.
Frame == [fn : Code, pc : Nat, st : {"body", "exiting", "panicking"},
          res : {0} \cup Values, slot : {0} \cup Values,
          defers : Seq([id : Nat, fn : Code, site : Code \X Nat]), how : How]

PanicRec == [val : {0} \cup Values, recovered : BOOLEAN, aborted : BOOLEAN,
             goexit : BOOLEAN, depth : Nat]

NewFrame(f, how) == [fn |-> f, pc |-> 1, st |-> "body", res |-> 0, slot |-> 0,
                     defers |-> <<>>, how |-> how]

\* prog never changes after Init, so ProgTypeOK can be checked on initial
\* states alone (a PROPERTY that is a state predicate) and VarsTypeOK on all.
ProgTypeOK == prog \in Program

VarsTypeOK ==
    /\ frames \in Seq(Frame)
    /\ panics \in Seq(PanicRec)
    /\ \A i \in 1..Len(log) : IsLogEntry(log[i])
    /\ outcome \in Outcome
    /\ nextId \in Nat \ {0}

TypeOK == ProgTypeOK /\ VarsTypeOK

Init ==
    /\ prog \in Programs
    /\ \E e \in Entries(prog) : frames = <<NewFrame(e, HowMain)>>
    /\ panics = <<>>
    /\ log = <<>>
    /\ outcome = Running
    /\ nextId = 1

-----------------------------------------------------------------------------
(* Helpers about the running frame. *)
N == Len(frames)
Cur == frames[N]
Body == prog.body[Cur.fn]
Stm == Body[Cur.pc]
AtStmt(op) == outcome = Running /\ Cur.st = "body" /\ Cur.pc <= Len(Body) /\ Stm.op = op
TopP == panics[Len(panics)]
\* A new panic record; every older one is superseded and marked aborted.
Raise(v, gx) == [i \in 1..Len(panics) |-> [panics[i] EXCEPT !.aborted = TRUE]]
                \o <<[val |-> v, recovered |-> FALSE, aborted |-> FALSE,
                      goexit |-> gx, depth |-> N]>>
Started(e) == <<"start", e.site, e.id>>

\* Go spec, Defer statements: the closure is pushed; nothing runs.
Defer ==
    /\ AtStmt("defer")
    /\ frames' = [frames EXCEPT ![N].defers = Append(@, [id |-> nextId, fn |-> Stm.fn,
                                                       site |-> <<Cur.fn, Cur.pc>>]),
                                ![N].pc = @ + 1]
    /\ nextId' = nextId + 1
    /\ UNCHANGED <<prog, panics, log, outcome>>

\* Stm.n closures running body b, one after the other from one site.
PushBodies(b) ==
    /\ frames' = [frames EXCEPT ![N].defers = @ \o [k \in 1..Stm.n |->
                       [id |-> nextId + k - 1, fn |-> b, site |-> <<Cur.fn, Cur.pc>>]],
                                ![N].pc = @ + 1]
    /\ nextId' = nextId + Stm.n
    /\ UNCHANGED <<prog, panics, log, outcome>>
PushDefers == PushBodies(Stm.fn)

\* A bounded loop of defers: one closure per iteration, same site.
DeferLoop == AtStmt("deferloop") /\ PushDefers

Call ==
    /\ AtStmt("call")
    /\ frames' = Append([frames EXCEPT ![N].pc = @ + 1], NewFrame(Stm.fn, HowCall(N)))
    /\ UNCHANGED <<prog, panics, log, outcome, nextId>>

\* panic(v) (Go spec, Handling panics; runtime gopanic): push a record; the
\* walk (PanicStep) runs the defers.  Goexit does the same with a goexit
\* record (runtime.Goexit).
Panic ==
    /\ AtStmt("panic")
    /\ panics' = Raise(Stm.val, FALSE)
    /\ frames' = [frames EXCEPT ![N].st = "panicking"]
    /\ UNCHANGED <<prog, log, outcome, nextId>>

Goexit ==
    /\ AtStmt("goexit")
    /\ panics' = Raise(0, TRUE)
    /\ frames' = [frames EXCEPT ![N].st = "panicking"]
    /\ UNCHANGED <<prog, log, outcome, nextId>>

\* `defer I(nil).show()`: the Go spec (Defer statements) evaluates the
\* function value when the defer statement executes, and the method value of
\* a nil interface loads the method from a nil itab, which faults
\* (runtime.sigpanic): the defer statement itself raises the run-time error
\* "invalid memory address or nil pointer dereference", and nothing is
\* deferred.  NilDeref is that error value; it is no int of the programs.
\* (A nil func value, by contrast, panics only when the deferred call runs.)
\* Calculus.tla's programs have no methods, so Next leaves this action out;
\* GoDeferFlat's FlatNext takes it for the explorer's programs.
NilDeref == 0 - 1
DeferNilMethod ==
    /\ AtStmt("dnil")
    /\ panics' = Raise(NilDeref, FALSE)
    /\ frames' = [frames EXCEPT ![N].st = "panicking"]
    /\ UNCHANGED <<prog, log, outcome, nextId>>

\* The record runtime.gorecover looks at: the top one; before 1.14 the newest
\* that is not a Goexit, since Goexit pushed no _panic record then (golang/go
\* issue 29226; mirrors PanicMachinery.seenByRecover).  0 when there is none.
RECURSIVE SeenFrom(_)
SeenFrom(i) == IF i = 0 \/ GoMinor >= 14 \/ ~panics[i].goexit THEN i ELSE SeenFrom(i - 1)
Seen == SeenFrom(Len(panics))

\* runtime.gorecover: only a deferred call that the panic machinery invoked
\* for the seen panic, which is neither recovered nor a Goexit, recovers it
\* (the argp check: a helper called by that deferred call gets nil).
CanRecoverFor(how) ==
    /\ how.kind = "panic"
    /\ Seen > 0
    /\ how.pid = Seen
    /\ ~panics[Seen].recovered
    /\ ~panics[Seen].goexit
CanRecover == CanRecoverFor(Cur.how)

Recover ==
    /\ AtStmt("recover")
    /\ IF CanRecover
         THEN /\ panics' = [panics EXCEPT ![Seen].recovered = TRUE]
              /\ log' = Append(log, <<"recover", panics[Seen].val>>)
         ELSE /\ log' = Append(log, <<"recover", Nil>>)
              /\ UNCHANGED panics
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, outcome, nextId>>

\* r = v, written into frame j's r (and its slot when results are named).
WriteResult(j) ==
    /\ frames' = [frames EXCEPT ![j].res = Stm.val,
                                ![j].slot = IF prog.named[frames[j].fn] THEN Stm.val ELSE @,
                                ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, panics, log, outcome, nextId>>

\* A deferred closure writes the r of the frame that deferred it (closures
\* capture by reference); a called function writes its own.
Owner == IF Cur.how.kind \in {"exit", "panic"} THEN Cur.how.frame ELSE N
SetResult == AtStmt("setres") /\ WriteResult(Owner)

Print ==
    /\ AtStmt("print")
    /\ log' = Append(log, <<"print", Stm.val>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* Go spec, Return statements: `return` (or falling off the end) assigns the
\* slot, then the frame runs its defers.
Return ==
    /\ outcome = Running /\ Cur.st = "body"
    /\ IF Cur.pc > Len(Body) THEN TRUE ELSE Stm.op = "return"
    /\ frames' = [frames EXCEPT ![N].st = "exiting", ![N].slot = Cur.res]
    /\ UNCHANGED <<prog, panics, log, outcome, nextId>>

\* Go spec, Defer statements: at return the newest pending closure is removed,
\* then called.
ExitDefer ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ Cur.defers # <<>>
    /\ LET e == Last(Cur.defers) IN
       /\ frames' = Append([frames EXCEPT ![N].defers = Front(@)], NewFrame(e.fn, HowExit(N)))
       /\ log' = Append(log, Started(e))
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* The deferred call returned with the top panic recovered (runtime
\* recovery).  Frame F deferred it.  Drop the recovered panic and every panic
\* raised in F or deeper, and F returns normally.  If that would drop a
\* Goexit, that Goexit resumes instead:
\*   Go 1.22+:      the newest dropped Goexit (recovery meets it while
\*                  popping panics by startSP);
\*   Go 1.14-1.21:  only a Goexit directly below the recovered panic
\*                  (gopanic's check of the next _panic being an aborted
\*                  Goexit);
\*   before 1.14:   none, Goexit pushed no record (golang/go issue 29226).
\* (GoMinor; mirrors GoVersion.recoveryResumesGoexit.)
Recovery ==
    LET F == Cur.how.frame
        from == Min({i \in 1..Len(panics) : panics[i].depth >= F})
        dropped == {i \in from..Len(panics) : panics[i].goexit}
        gx == IF GoMinor >= 22 THEN dropped
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

\* The running frame has no defers left and returns: the goroutine's main
\* exits, a call returns its slot to the caller, a deferred call returns into
\* the exit code or the panic walk that called it.
Leave ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ Cur.defers = <<>>
    /\ CASE Cur.how.kind = "main" ->
              /\ outcome' = [kind |-> "exit", chain |-> <<>>]
              /\ frames' = <<>>
              /\ UNCHANGED <<panics, log>>
         [] Cur.how.kind = "call" ->
              /\ frames' = Front(frames)
              /\ log' = Append(log, <<"ret", Cur.fn, Cur.slot>>)
              /\ UNCHANGED <<panics, outcome>>
         [] Cur.how.kind = "exit" ->
              /\ frames' = Front(frames)
              /\ UNCHANGED <<panics, log, outcome>>
         [] Cur.how.kind = "panic" ->
              /\ IF TopP.recovered THEN Recovery
                 ELSE /\ frames' = Front(frames)
                      /\ UNCHANGED panics
              /\ UNCHANGED <<log, outcome>>
    /\ UNCHANGED <<prog, nextId>>

\* The panic walk (Go spec, Handling panics; runtime gopanic): take the newest
\* closure of the innermost frame that still has one, remove it, and call it.
\* No frame is unwound.  A panic raised inside a deferred call starts a new
\* walk from the innermost frame.  When no closure is left: crash, printing
\* the panic stack oldest first, or, for a Goexit, the goroutine ends, which
\* for main is the "no goroutines" deadlock fatal error.
PanicStep ==
    /\ outcome = Running /\ Cur.st = "panicking"
    /\ LET has == {i \in 1..N : frames[i].defers # <<>>} IN
       IF has # {}
         THEN LET j == Max(has)
                  e == Last(frames[j].defers)
              IN /\ frames' = Append([frames EXCEPT ![j].defers = Front(@)],
                                     NewFrame(e.fn, HowPanic(j, Len(panics))))
                 /\ log' = Append(log, Started(e))
                 /\ UNCHANGED outcome
         ELSE /\ outcome' = IF TopP.goexit THEN [kind |-> "deadlock", chain |-> <<>>]
                            ELSE [kind |-> "crash", chain |-> CrashChain(panics)]
              /\ UNCHANGED <<frames, log>>
    /\ UNCHANGED <<prog, panics, nextId>>

Terminated == outcome # Running /\ UNCHANGED vars

\* `go g()` (Calculus, Entries): the run of this goroutine notes the start; g's
\* own goroutine is a run of its own, and Schedules.tla interleaves the runs.
StartGoroutine ==
    /\ AtStmt("go")
    /\ log' = Append(log, <<"go", Stm.fn>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* wg.Wait(): noted; whether it blocks is the schedules' business.
WaitGroupWait ==
    /\ AtStmt("wait")
    /\ log' = Append(log, <<"wait", 0>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

Next == Defer \/ DeferLoop \/ Call \/ Panic \/ Goexit \/ Recover \/ SetResult
        \/ Print \/ Return \/ ExitDefer \/ Leave \/ PanicStep \/ Terminated
        \/ StartGoroutine \/ WaitGroupWait

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants and properties. *)

StartedIds == {log[i][3] : i \in {k \in 1..Len(log) : log[k][1] = "start"}}
PendingIds == UNION {{frames[i].defers[k].id : k \in 1..Len(frames[i].defers)} :
                       i \in 1..Len(frames)}

\* LIFO within a frame and across frames: pending ids increase from main's
\* oldest closure to the running frame's newest, so the newest is always the
\* next one called.
PendingLIFO ==
    \A i1, i2 \in 1..Len(frames) :
      \A k1 \in 1..Len(frames[i1].defers), k2 \in 1..Len(frames[i2].defers) :
        (i1 < i2 \/ (i1 = i2 /\ k1 < k2)) =>
            frames[i1].defers[k1].id < frames[i2].defers[k2].id

\* A deferred call that starts is the newest pending closure (action property).
StartsNewest ==
    [][(Len(log') = Len(log) + 1 /\ log'[Len(log')][1] = "start")
         => log'[Len(log')][3] = Max(PendingIds)]_vars

\* Every deferred call runs at most once, and a closure is removed before it
\* is called.
AtMostOnce ==
    /\ \A i, k \in 1..Len(log) :
         (i < k /\ log[i][1] = "start" /\ log[k][1] = "start") => log[i][3] # log[k][3]
    /\ StartedIds \cap PendingIds = {}

\* Exactly once: when the goroutine ends, by any outcome but os.Exit, every
\* closure ever deferred has run (crashes and the Goexit fatal error happen
\* only after the walk finds nothing left).
ExactlyOnceAtEnd == outcome.kind \notin {"running", "osexit"} => StartedIds = 1..(nextId - 1)

\* Named results: r and the slot are one variable.
NamedResultsAlias ==
    \A i \in 1..Len(frames) : prog.named[frames[i].fn] => frames[i].res = frames[i].slot

\* Unnamed results: once `return` has assigned the slot, deferred closures
\* (which can only reach r) never change it.
UnnamedSlotFixed ==
    [][\A i \in 1..Len(frames) :
         (/\ i <= Len(frames') /\ ~prog.named[frames[i].fn]
          /\ frames[i].st = "exiting" /\ frames'[i].st = "exiting"
          /\ frames'[i].fn = frames[i].fn)
         => frames'[i].slot = frames[i].slot]_vars

\* recover returns the newest panic's value, and only once.
RecoverNewest ==
    [][(Len(log') = Len(log) + 1 /\ log'[Len(log')][1] = "recover"
        /\ log'[Len(log')][2] # Nil)
         => /\ panics # <<>> /\ ~TopP.goexit /\ ~TopP.recovered
            /\ log'[Len(log')][2] = TopP.val
            /\ panics'[Len(panics')].recovered]_vars

\* The panic stack mirrors the stack: panic i was raised in frame depth_i,
\* depths increase, and the frames that raised a live panic are exactly the
\* panicking frames.
PanicsNested ==
    /\ \A i, k \in 1..Len(panics) : i < k => panics[i].depth < panics[k].depth
    /\ outcome = Running =>
         {panics[i].depth : i \in 1..Len(panics)} = {i \in 1..Len(frames) : frames[i].st = "panicking"}

AbortedIffSuperseded == \A i \in 1..Len(panics) : panics[i].aborted <=> i < Len(panics)
NoGoexitRecovered == \A i \in 1..Len(panics) : panics[i].goexit => ~panics[i].recovered

\* A crash never happens with the newest panic recovered: its recovering call
\* would have returned into Recovery first.
CrashTopUnrecovered ==
    outcome.kind = "crash" => (outcome.chain # <<>> /\ ~Last(outcome.chain).recovered)

Invariants == TypeOK /\ PendingLIFO /\ AtMostOnce /\ ExactlyOnceAtEnd /\ NamedResultsAlias
              /\ PanicsNested /\ AbortedIffSuperseded /\ NoGoexitRecovered /\ CrashTopUnrecovered

\* What the models check (MCGoDefer*.cfg: Invariants as INVARIANTs, the
\* action properties as PROPERTYs, for every program of their bounds).
THEOREM Spec => []Invariants
THEOREM Spec => StartsNewest /\ UnnamedSlotFixed /\ RecoverNewest
=============================================================================
