----------------------------- MODULE OpenDefer -----------------------------
(***************************************************************************)
(* Open-coded defers, Go 1.14-1.21 (golang/go issue 34481; cmd/compile's   *)
(* ssagen openDeferRecord and openDeferExit, runtime/panic.go of           *)
(* 1.14-1.21).  An eligible function keeps deferBits and closure slots in  *)
(* its frame; its exit code scans the bits high to low, clearing each bit  *)
(* (and storing deferBits) before the call.  Other frames use chain        *)
(* records.  gopanic and Goexit call addOneOpenDeferFrame, which inserts   *)
(* ONE synthetic open record for the next open frame into g._defer, sorted *)
(* by sp, stopping at a started open record; runOpenDeferFrame runs that   *)
(* frame's bits; a started open record met by a newer panic is taken over, *)
(* not removed; after a recovery gopanic drops the non-started open        *)
(* records (up to the first started one) and recovery jumps to the frame's *)
(* deferreturn, which finishes the bits.                                   *)
(***************************************************************************)
EXTENDS Calculus

VARIABLES
    prog,     \* the program (fixed after Init)
    frames,   \* stack: fn, pc, st, res, slot, how, open, bits, slots
    chain,    \* g._defer: [id, fn, site, sp, started, heap, panic, open], head first
    panics,   \* g._panic, oldest first: [val, recovered, aborted, goexit, argp, sp, scan]
    log,      \* observable log
    outcome,  \* final outcome
    nextId    \* next closure instance id

vars == <<prog, frames, chain, panics, log, outcome, nextId>>

\* Open-coding eligibility (ssagen): no defer in a loop, at most 8 defers,
\* returns * defers <= 15.  All-or-nothing per function.
NumDefers(f) == Cardinality({i \in 1..Len(prog.body[f]) : prog.body[f][i].op = "defer"})
NumReturns(f) == 1 + Cardinality({i \in 1..Len(prog.body[f]) : prog.body[f][i].op = "return"})
OpenCoded(f) == /\ \A i \in 1..Len(prog.body[f]) : prog.body[f][i].op # "deferloop"
                /\ NumDefers(f) <= 8
                /\ NumReturns(f) * NumDefers(f) <= 15

CFrame == [fn : Funcs, pc : Nat, st : {"body", "exiting", "panicking"},
           res : {0} \cup Values, slot : {0} \cup Values, how : How,
           open : BOOLEAN, bits : SUBSET Nat, slots : Seq(Nat)]
\* A synthetic open record (open = TRUE) carries no closure: id 0, site <<1, 0>>.
Record == [id : Nat, fn : Funcs, site : Funcs \X Nat, sp : Nat, started : BOOLEAN,
           heap : BOOLEAN, panic : Nat, open : BOOLEAN]
\* sp: the frame that raised it; scan > 0: addOneOpenDeferFrame still has to
\* scan from frame `scan` down (an internal step of gopanic).
CPanic == [val : {0} \cup Values, recovered : BOOLEAN, aborted : BOOLEAN, goexit : BOOLEAN,
           argp : Nat, sp : Nat, scan : Nat]

\* At entry an open frame zeroes deferBits and its closure slots.
NewFrame(f, how) == [fn |-> f, pc |-> 1, st |-> "body", res |-> 0, slot |-> 0, how |-> how,
                     open |-> OpenCoded(f), bits |-> {},
                     slots |-> [p \in 1..Len(prog.body[f]) |-> 0]]

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
    /\ frames = <<NewFrame(Main, HowMain)>>
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
D0 == chain[1]  \* gp._defer
OwnsHead(j) == chain # <<>> /\ D0.sp = j
Rec(id, heap) == [id |-> id, fn |-> Stm.fn, site |-> <<Cur.fn, Cur.pc>>, sp |-> N,
                  started |-> FALSE, heap |-> heap, panic |-> 0, open |-> FALSE]
OpenRec(k) == [id |-> 0, fn |-> Main, site |-> <<Main, 0>>, sp |-> k,
               started |-> FALSE, heap |-> FALSE, panic |-> 0, open |-> TRUE]
Reverse(s) == [k \in 1..Len(s) |-> s[Len(s) + 1 - k]]
SlotEntry(j, b) == [id |-> frames[j].slots[b], fn |-> prog.body[frames[j].fn][b].fn,
                    site |-> <<frames[j].fn, b>>]

\* openDeferRecord: store the closure in its slot, then set the bit.  A frame
\* that is not open-coded calls deferprocStack (records at loop depth 1).
Defer ==
    /\ AtStmt("defer")
    /\ IF Cur.open
         THEN /\ frames' = [frames EXCEPT ![N].slots[Cur.pc] = nextId,
                                          ![N].bits = @ \cup {Cur.pc},
                                          ![N].pc = @ + 1]
              /\ UNCHANGED chain
         ELSE /\ chain' = <<Rec(nextId, FALSE)>> \o chain
              /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ nextId' = nextId + 1
    /\ UNCHANGED <<prog, panics, log, outcome>>

\* Loop defers: heap records via deferproc (the frame is never open-coded).
DeferLoop ==
    /\ AtStmt("deferloop")
    /\ chain' = Reverse([k \in 1..Stm.n |-> Rec(nextId + k - 1, TRUE)]) \o chain
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ nextId' = nextId + Stm.n
    /\ UNCHANGED <<prog, panics, log, outcome>>

Call ==
    /\ AtStmt("call")
    /\ frames' = Append([frames EXCEPT ![N].pc = @ + 1], NewFrame(Stm.fn, HowCall(N)))
    /\ UNCHANGED <<prog, chain, panics, log, outcome, nextId>>

Raise(v, gx) ==
    /\ panics' = Append(panics, [val |-> v, recovered |-> FALSE, aborted |-> FALSE, goexit |-> gx,
                                 argp |-> 0, sp |-> N, scan |-> N])
    /\ frames' = [frames EXCEPT ![N].st = "panicking"]
    /\ UNCHANGED <<prog, chain, log, outcome, nextId>>

Panic == AtStmt("panic") /\ Raise(Stm.val, FALSE)
Goexit == AtStmt("goexit") /\ Raise(0, TRUE)

\* runtime.gorecover: p != nil && !p.goexit && !p.recovered && argp == p.argp.
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


\* The inline exit code of an open frame (also used by deferreturn after a
\* recovery, through the frame's open record): the highest set bit is
\* cleared and stored before the call.  A record frame runs deferreturn.
ExitDefer ==
    /\ outcome = Running /\ Cur.st = "exiting"
    /\ IF Cur.open
         THEN /\ Cur.bits # {}
              /\ LET b == Max(Cur.bits) IN
                 /\ frames' = Append([frames EXCEPT ![N].bits = @ \ {b}],
                                     NewFrame(Body[b].fn, HowExit(N)))
                 /\ log' = Append(log, <<"start", <<Cur.fn, b>>, Cur.slots[b]>>)
              /\ UNCHANGED chain
         ELSE /\ OwnsHead(N)
              /\ chain' = Tail(chain)
              /\ frames' = Append(frames, NewFrame(D0.fn, HowExit(N)))
              /\ log' = Append(log, <<"start", D0.site, D0.id>>)
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

HasWork(j) == IF frames[j].open THEN frames[j].bits # {} ELSE OwnsHead(j)

\* Chain records that point at popped panics are cleared (d._panic = nil).
Unref(c, n) == [k \in 1..Len(c) |-> IF c[k].panic > n THEN [c[k] EXCEPT !.panic = 0] ELSE c[k]]

\* After a recover: remove non-started open records, up to the first started
\* record, skipping the current frame's record when it is not done.
RECURSIVE DropOpen(_)
DropOpen(c) == IF c = <<>> \/ c[1].started THEN c
               ELSE IF c[1].open THEN DropOpen(Tail(c))
               ELSE <<c[1]>> \o DropOpen(Tail(c))

\* gopanic after a deferred call (plain or one open bit) returned with
\* p.recovered.  F = d.sp.  done = plain record, or no bits left.
Recovery(c) ==
    LET F == Cur.how.frame
        done == ~(c # <<>> /\ c[1].open /\ c[1].sp = F /\ frames[F].bits # {})
        c1 == IF done /\ c # <<>> /\ c[1].open /\ c[1].sp = F THEN Tail(c) ELSE c
        below == Len(panics) - 1
    IN IF below >= 1 /\ panics[below].goexit /\ panics[below].aborted
         THEN \* back into the Goexit loop, which rescans open frames from its own frame
              /\ panics' = [i \in 1..below |-> IF i = below
                               THEN [panics[i] EXCEPT !.aborted = FALSE, !.scan = panics[i].sp]
                               ELSE panics[i]]
              /\ frames' = SubSeq(frames, 1, panics[below].sp)
              /\ chain' = Unref(c1, below)
         ELSE LET keep == Max({0} \cup {i \in 1..below : ~panics[i].aborted})
                  c2 == IF done THEN DropOpen(c1) ELSE <<c1[1]>> \o DropOpen(Tail(c1))
              IN /\ panics' = SubSeq(panics, 1, keep)
                 /\ frames' = [SubSeq(frames, 1, F) EXCEPT ![F].st = "exiting"]
                 /\ chain' = Unref(c2, keep)

\* The frame returns.  Into gopanic: a plain record d is unlinked; an open
\* record stays while its frame has bits.  p.argp is cleared.
Leave ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ ~HasWork(N)
    /\ CASE Cur.how.kind = "main" ->
              /\ outcome' = [kind |-> "exit", chain |-> <<>>]
              /\ frames' = <<>>
              /\ UNCHANGED <<chain, panics, log>>
         [] Cur.how.kind = "call" ->
              /\ frames' = Front(frames)
              /\ log' = Append(log, <<"ret", Cur.fn, Cur.slot>>)
              \* deferreturn's last act: free the frame's open record, if a panic made one
              /\ chain' = IF OwnsHead(N) THEN Tail(chain) ELSE chain
              /\ UNCHANGED <<panics, outcome>>
         [] Cur.how.kind = "exit" ->
              /\ frames' = Front(frames)
              /\ chain' = IF OwnsHead(N) THEN Tail(chain) ELSE chain
              /\ UNCHANGED <<panics, log, outcome>>
         [] Cur.how.kind = "panic" ->
              /\ LET c == IF OwnsHead(N) THEN Tail(chain) ELSE chain
                     c0 == IF c # <<>> /\ ~c[1].open THEN Tail(c) ELSE c
                 IN IF TopP.recovered
                      THEN Recovery(c0)
                      ELSE /\ frames' = Front(frames)
                           /\ chain' = c0
                           /\ panics' = [panics EXCEPT ![Len(panics)].argp = 0]
              /\ UNCHANGED <<log, outcome>>
    /\ UNCHANGED <<prog, nextId>>

\* addOneOpenDeferFrame from frame k down: the first open frame without a
\* record gets one, inserted sorted by sp; a frame whose record exists is
\* skipped unless that record is started, which stops the scan.
Insert(c, r) == LET pos == Min({i \in 1..Len(c) : c[i].sp < r.sp} \cup {Len(c) + 1})
                IN SubSeq(c, 1, pos - 1) \o <<r>> \o SubSeq(c, pos, Len(c))
RECURSIVE AddOne(_, _)
AddOne(c, k) ==
    IF k = 0 THEN c
    ELSE IF ~frames[k].open THEN AddOne(c, k - 1)
    ELSE LET same == {i \in 1..Len(c) : c[i].sp = k} IN
         IF same = {} THEN Insert(c, OpenRec(k))
         ELSE IF c[Min(same)].started THEN c ELSE AddOne(c, k - 1)

\* One iteration of gopanic's loop.
PanicStep ==
    /\ outcome = Running /\ Cur.st = "panicking"
    /\ LET p == Len(panics) IN
       IF TopP.scan > 0
         THEN /\ chain' = AddOne(chain, TopP.scan)
              /\ panics' = [panics EXCEPT ![p].scan = 0]
              /\ UNCHANGED <<frames, log, outcome>>
       ELSE IF chain = <<>>
         THEN /\ outcome' = IF TopP.goexit THEN [kind |-> "deadlock", chain |-> <<>>]
                            ELSE [kind |-> "crash", chain |-> CrashChain(panics)]
              /\ UNCHANGED <<frames, chain, panics, log>>
       ELSE IF D0.started /\ D0.panic # p
         THEN \* started by an earlier panic: abort it; a plain record is freed,
              \* an open one is taken over (its remaining bits must still run)
              /\ panics' = IF D0.panic > 0 THEN [panics EXCEPT ![D0.panic].aborted = TRUE] ELSE panics
              /\ chain' = IF D0.open THEN [chain EXCEPT ![1].panic = p] ELSE Tail(chain)
              /\ UNCHANGED <<frames, log, outcome>>
       ELSE IF ~D0.open
         THEN /\ chain' = [chain EXCEPT ![1].started = TRUE, ![1].panic = p]
              /\ panics' = [panics EXCEPT ![p].argp = N + 1]
              /\ frames' = Append(frames, NewFrame(D0.fn, HowPanic(D0.sp, p)))
              /\ log' = Append(log, <<"start", D0.site, D0.id>>)
              /\ UNCHANGED outcome
       ELSE IF ~D0.started
         THEN /\ chain' = [chain EXCEPT ![1].started = TRUE, ![1].panic = p]
              /\ UNCHANGED <<frames, panics, log, outcome>>
       ELSE LET k == D0.sp IN
            IF frames[k].bits # {}
              THEN \* runOpenDeferFrame: clear and store the bit, then deferCallSave
                   LET b == Max(frames[k].bits) IN
                   /\ frames' = Append([frames EXCEPT ![k].bits = @ \ {b}],
                                       NewFrame(prog.body[frames[k].fn][b].fn, HowPanic(k, p)))
                   /\ log' = Append(log, <<"start", <<frames[k].fn, b>>, frames[k].slots[b]>>)
                   /\ panics' = [panics EXCEPT ![p].argp = N + 1]
                   /\ UNCHANGED <<chain, outcome>>
              ELSE \* done: free d and scan for the next open frame below it
                   /\ chain' = Tail(chain)
                   /\ panics' = [panics EXCEPT ![p].scan = k - 1]
                   /\ UNCHANGED <<frames, log, outcome>>
    /\ UNCHANGED <<prog, nextId>>

Terminated == outcome # Running /\ UNCHANGED vars

Next == Defer \/ DeferLoop \/ Call \/ Panic \/ Goexit \/ Recover \/ SetResult
        \/ Print \/ Return \/ ExitDefer \/ Leave \/ PanicStep \/ Terminated

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants of the runtime structures. *)

\* No stale records (runtime TestDeferWithRepeatedRepanics, #37664): while the
\* goroutine runs, every record in g._defer belongs to a frame on the stack.
NoStaleRecords == outcome = Running => \A k \in 1..Len(chain) : chain[k].sp <= Len(frames)
ChainSortedBySp == \A a, b \in 1..Len(chain) : a < b => chain[a].sp >= chain[b].sp
\* Only open-coded frames get synthetic records, at most one each.
OpenRecordsUnique ==
    \A a, b \in 1..Len(chain) :
        (chain[a].open /\ chain[b].open /\ chain[a].sp = chain[b].sp) => a = b
OpenRecordsForOpenFrames ==
    \A a \in 1..Len(chain) : chain[a].open /\ chain[a].sp <= Len(frames) => frames[chain[a].sp].open
BitsMatchSlots ==
    \A j \in 1..Len(frames) : \A b \in frames[j].bits :
        frames[j].slots[b] > 0 /\ prog.body[frames[j].fn][b].op = "defer"
AtMostOnce == \A i, k \in 1..Len(log) :
                (i < k /\ log[i][1] = "start" /\ log[k][1] = "start") => log[i][3] # log[k][3]

-----------------------------------------------------------------------------
(* Refinement of GoDefer. *)

RECURSIVE Ascending(_)
Ascending(S) == IF S = {} THEN <<>> ELSE <<Min(S)>> \o Ascending(S \ {Min(S)})

\* framesBar: an open frame's pending closures are its set bits in site order
\* (the bits live in the frame; a synthetic record only points at them, so
\* it adds nothing); a record frame's are its unstarted plain records,
\* reversed because the chain is head-first.  A bit is cleared, and a plain
\* record marked started, before its call, matching GoDefer's removal.
Pending(i) ==
    IF frames[i].open
      THEN LET bs == Ascending(frames[i].bits) IN [k \in 1..Len(bs) |-> SlotEntry(i, bs[k])]
      ELSE LET mine == SelectSeq(chain, LAMBDA r : r.sp = i /\ ~r.started /\ ~r.open)
           IN [k \in 1..Len(mine) |-> [id |-> mine[Len(mine) + 1 - k].id,
                                       fn |-> mine[Len(mine) + 1 - k].fn,
                                       site |-> mine[Len(mine) + 1 - k].site]]
framesBar == [i \in 1..Len(frames) |->
                [fn |-> frames[i].fn, pc |-> frames[i].pc, st |-> frames[i].st,
                 res |-> frames[i].res, slot |-> frames[i].slot,
                 defers |-> Pending(i), how |-> frames[i].how]]

\* panicsBar: depth is _panic.sp (where gopanic/Goexit was called); aborted
\* is mapped from the position, as in HeapDefer; argp and scan are walk state.
panicsBar == [i \in 1..Len(panics) |->
                [val |-> panics[i].val, recovered |-> panics[i].recovered,
                 aborted |-> i < Len(panics), goexit |-> panics[i].goexit,
                 depth |-> panics[i].sp]]

\* Go 1.14-1.21's rules (their Goexit resumption).
Abs == INSTANCE GoDefer WITH frames <- framesBar, panics <- panicsBar, GoMinor <- 21
Refines == Abs!Spec

(***************************************************************************)
(* How each step refines GoDefer: the step of Next on the left is the step *)
(* of Abs!Next on the right, or leaves every variable of Abs unchanged (a  *)
(* stutter).  Actions of the same name correspond unless listed here.      *)
(*                                                                         *)
(*   OpenDefer                          GoDefer                            *)
(*   ---------                          -------                            *)
(*   Defer, open frame (slot, bit)      Defer: the highest set bit is the  *)
(*     or record frame (deferprocStack) newest pending closure             *)
(*   ExitDefer, open frame (clear the   ExitDefer: the newest pending      *)
(*     highest bit, call its slot)      closure of N is removed and called *)
(*   ExitDefer, record frame            ExitDefer                          *)
(*     (deferreturn pops the head)                                         *)
(*   Leave, into gopanic, p not         Leave                              *)
(*     recovered (unlink a plain d)                                        *)
(*   Leave, into gopanic, p recovered   Leave by Recovery: back into the   *)
(*     (Recovery)                       Goexit loop when the next _panic   *)
(*                                      is an aborted Goexit (the 1.14-    *)
(*                                      1.21 rule), else frame F returns;  *)
(*                                      dropping open records is a stutter *)
(*                                      of the mapping (bits stay)         *)
(*   PanicStep, scan > 0                stutter: addOneOpenDeferFrame adds *)
(*     (addOneOpenDeferFrame)           a record, and open records map to  *)
(*                                      nothing (the bits are the pending  *)
(*                                      closures)                          *)
(*   PanicStep, g._defer empty          PanicStep: crash or deadlock       *)
(*   PanicStep, d started by an         stutter: abort that panic; unlink  *)
(*     earlier panic                    a plain d, take over an open one   *)
(*   PanicStep, plain d not started     PanicStep: call it                 *)
(*   PanicStep, open d not started      stutter: mark it started           *)
(*   PanicStep, open d with bits        PanicStep: runOpenDeferFrame calls *)
(*                                      the highest bit's closure          *)
(*   PanicStep, open d without bits     stutter: free d, scan below        *)
(***************************************************************************)
\* The table as a property the witness models check: every step of Next is
\* the step of Abs!Next its row names, or leaves Abs's variables alone.
AbsVars == <<prog, framesBar, panicsBar, log, outcome, nextId>>
\* The PanicStep rows that call a deferred closure or end the walk (the
\* others are the stutters of the table: scan, abort or take over, mark an
\* open record started, free a finished one).
PanicStepIsAbstract ==
    /\ TopP.scan = 0
    /\ \/ chain = <<>>
       \/ ~(D0.started /\ D0.panic # Len(panics)) /\ ~D0.open
       \/ D0.open /\ D0.started /\ D0.panic = Len(panics) /\ frames[D0.sp].bits # {}
StepsCorrespond ==
    [][/\ Defer => Abs!Defer
       /\ DeferLoop => Abs!DeferLoop
       /\ Call => Abs!Call
       /\ Panic => Abs!Panic
       /\ Goexit => Abs!Goexit
       /\ Recover => Abs!Recover
       /\ SetResult => Abs!SetResult
       /\ Print => Abs!Print
       /\ Return => Abs!Return
       /\ ExitDefer => Abs!ExitDefer
       /\ Leave => Abs!Leave
       /\ (PanicStep /\ PanicStepIsAbstract) => Abs!PanicStep
       /\ (PanicStep /\ ~PanicStepIsAbstract) => UNCHANGED AbsVars
       /\ Terminated => UNCHANGED AbsVars]_vars

THEOREM Spec => Abs!Spec
THEOREM Spec => [](TypeOK /\ ChainSortedBySp /\ NoStaleRecords /\ OpenRecordsUnique
                   /\ OpenRecordsForOpenFrames /\ BitsMatchSlots /\ AtMostOnce)
=============================================================================
