----------------------------- MODULE PanicLoop -----------------------------
(***************************************************************************)
(* The Go 1.22+ defer runtime (runtime/panic.go since Go 1.22:             *)
(* _panic.start, nextDefer, nextFrame, recovery): open-coded frames keep   *)
(* deferBits and closure slots, other frames link records into g._defer    *)
(* (no started/_panic fields any more). gopanic, Goexit and deferreturn    *)
(* share one loop: nextDefer drains the current frame p.sp (open bits      *)
(* top-first, each cleared before the call, then chain records with sp ==  *)
(* p.sp, each popped before the call), then nextFrame walks down to the    *)
(* next frame that owns g._defer's head or has open bits. recovery pops    *)
(* every panic whose startSP is at or below the target frame and resumes a *)
(* Goexit it meets. No synthetic records.                                  *)
(***************************************************************************)
EXTENDS Calculus

VARIABLES
    prog,     \* the program (fixed after Init)
    frames,   \* stack: fn, pc, st, res, slot, how, open, bits, slots
    chain,    \* g._defer: [id, fn, site, sp, heap], head first
    panics,   \* g._panic, oldest first: [val, recovered, goexit, startSP, sp, argp]
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
Record == [id : Nat, fn : Funcs, site : Funcs \X Nat, sp : Nat, heap : BOOLEAN]
CPanic == [val : {0} \cup Values, recovered : BOOLEAN, goexit : BOOLEAN,
           startSP : Nat, sp : Nat, argp : Nat]

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
D0 == chain[1]  \* gp._defer
OwnsHead(j) == chain # <<>> /\ D0.sp = j
Rec(id, heap) == [id |-> id, fn |-> Stm.fn, site |-> <<Cur.fn, Cur.pc>>, sp |-> N, heap |-> heap]
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

\* p.start: startSP is the raising frame; p.sp = N + 1 means "no frame yet",
\* the first nextFrame starts at the raising frame itself.
Raise(v, gx) ==
    /\ panics' = Append(panics, [val |-> v, recovered |-> FALSE, goexit |-> gx,
                                 startSP |-> N, sp |-> N + 1, argp |-> 0])
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

\* Take the next deferred call of frame j for a caller that then invokes it
\* with `how`: open bits high to low (cleared first), else the chain head.
TakeFrom(j, how) ==
    IF frames[j].bits # {}
      THEN LET b == Max(frames[j].bits) IN
           /\ frames' = Append([frames EXCEPT ![j].bits = @ \ {b}],
                               NewFrame(prog.body[frames[j].fn][b].fn, how))
           /\ log' = Append(log, <<"start", <<frames[j].fn, b>>, frames[j].slots[b]>>)
           /\ UNCHANGED chain
      ELSE /\ chain' = Tail(chain)
           /\ frames' = Append(frames, NewFrame(D0.fn, how))
           /\ log' = Append(log, <<"start", D0.site, D0.id>>)

HasWork(j) == frames[j].bits # {} \/ OwnsHead(j)

\* The inline exit code of an open frame, or deferreturn for a record frame.
ExitDefer ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ HasWork(N)
    /\ TakeFrom(N, HowExit(N))
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* recovery: pop every panic whose startSP is at or below the target frame
\* F = p.sp; meeting a Goexit, jump back into its start (which walks again
\* from the Goexit's frame); otherwise resume F's deferreturn.
Recovery ==
    LET F == TopP.sp
        from == Min({i \in 1..Len(panics) : panics[i].startSP >= F})
        gx == {i \in from..Len(panics) : panics[i].goexit}
    IN IF gx = {}
         THEN /\ panics' = SubSeq(panics, 1, from - 1)
              /\ frames' = [SubSeq(frames, 1, F) EXCEPT ![F].st = "exiting"]
         ELSE LET g == Max(gx) IN
              /\ panics' = [i \in 1..g |-> IF i = g
                                           THEN [panics[i] EXCEPT !.sp = panics[i].startSP + 1]
                                           ELSE panics[i]]
              /\ frames' = SubSeq(frames, 1, panics[g].startSP)

\* The frame returns.  Into the panic loop: p.argp is cleared and the next
\* nextDefer call sees p.recovered first.
Leave ==
    /\ outcome = Running /\ Cur.st = "exiting" /\ ~HasWork(N)
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
              /\ IF TopP.recovered
                   THEN Recovery
                   ELSE /\ frames' = Front(frames)
                        /\ panics' = [panics EXCEPT ![Len(panics)].argp = 0]
              /\ UNCHANGED <<log, outcome>>
    /\ UNCHANGED <<prog, chain, nextId>>

\* One nextDefer: drain frame p.sp, else nextFrame, else the walk is over.
PanicStep ==
    /\ outcome = Running /\ Cur.st = "panicking"
    /\ LET k == TopP.sp
           below == {j \in 1..(k - 1) : j <= N /\ HasWork(j)}
       IN IF k <= N /\ HasWork(k)
            THEN /\ TakeFrom(k, HowPanic(k, Len(panics)))
                 /\ panics' = [panics EXCEPT ![Len(panics)].argp = N + 1]
                 /\ UNCHANGED outcome
          ELSE IF below # {}
            THEN /\ panics' = [panics EXCEPT ![Len(panics)].sp = Max(below)]
                 /\ UNCHANGED <<frames, chain, log, outcome>>
            ELSE /\ outcome' = IF TopP.goexit THEN [kind |-> "deadlock", chain |-> <<>>]
                               ELSE [kind |-> "crash", chain |-> CrashChain(panics)]
                 /\ UNCHANGED <<frames, chain, panics, log>>
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
        \/ Print \/ Return \/ ExitDefer \/ Leave \/ PanicStep \/ Terminated
        \/ StartGoroutine \/ WaitGroupWait

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants of the runtime structures. *)

\* Open-coding is all-or-nothing: an open frame owns no chain record.
OpenFramesHaveNoRecords ==
    \A k \in 1..Len(chain) : chain[k].sp <= Len(frames) => ~frames[chain[k].sp].open
\* A set bit always names a defer site whose slot holds a closure.
BitsMatchSlots ==
    \A j \in 1..Len(frames) : \A b \in frames[j].bits :
        frames[j].slots[b] > 0 /\ prog.body[frames[j].fn][b].op = "defer"
\* No stale records (runtime TestDeferWithRepeatedRepanics, #37664): while the
\* goroutine runs, every record in g._defer belongs to a frame on the stack.
NoStaleRecords == outcome = Running => \A k \in 1..Len(chain) : chain[k].sp <= Len(frames)
ChainSortedBySp == \A a, b \in 1..Len(chain) : a < b => chain[a].sp >= chain[b].sp
AtMostOnce == \A i, k \in 1..Len(log) :
                (i < k /\ log[i][1] = "start" /\ log[k][1] = "start") => log[i][3] # log[k][3]

-----------------------------------------------------------------------------
(* Refinement of GoDefer. *)

RECURSIVE Ascending(_)
Ascending(S) == IF S = {} THEN <<>> ELSE <<Min(S)>> \o Ascending(S \ {Min(S)})

\* framesBar: the stack is the same.  An open frame's pending closures are its
\* set bits in site order (bit order is source order, and without loops each
\* site defers once per activation, so site order is defer order); a record
\* frame's are its chain records, reversed because the chain is head-first.
\* Both are removed (bit cleared, record popped) before the call, as in GoDefer.
Pending(i) ==
    IF frames[i].open
      THEN LET bs == Ascending(frames[i].bits) IN [k \in 1..Len(bs) |-> SlotEntry(i, bs[k])]
      ELSE LET mine == SelectSeq(chain, LAMBDA r : r.sp = i)
           IN [k \in 1..Len(mine) |-> [id |-> mine[Len(mine) + 1 - k].id,
                                       fn |-> mine[Len(mine) + 1 - k].fn,
                                       site |-> mine[Len(mine) + 1 - k].site]]
framesBar == [i \in 1..Len(frames) |->
                [fn |-> frames[i].fn, pc |-> frames[i].pc, st |-> frames[i].st,
                 res |-> frames[i].res, slot |-> frames[i].slot,
                 defers |-> Pending(i), how |-> frames[i].how]]

\* panicsBar: depth is startSP, the frame that called gopanic/Goexit.  The
\* 1.22 _panic has no aborted field; GoDefer's aborted means "superseded by a
\* newer record", i.e. not the top.  p.sp and p.argp are walk state only.
panicsBar == [i \in 1..Len(panics) |->
                [val |-> panics[i].val, recovered |-> panics[i].recovered,
                 aborted |-> i < Len(panics), goexit |-> panics[i].goexit,
                 depth |-> panics[i].startSP]]

Abs == INSTANCE GoDefer WITH frames <- framesBar, panics <- panicsBar, GoMinor <- 23
Refines == Abs!Spec

(***************************************************************************)
(* How each step refines GoDefer: the step of Next on the left is the step *)
(* of Abs!Next on the right, or leaves every variable of Abs unchanged (a  *)
(* stutter).  Actions of the same name correspond unless listed here.      *)
(*                                                                         *)
(*   PanicLoop                          GoDefer                            *)
(*   ---------                          -------                            *)
(*   Defer, open frame (slot, bit)      Defer: the highest set bit is the  *)
(*     or record frame (deferprocStack) newest pending closure             *)
(*   ExitDefer (TakeFrom: the highest   ExitDefer: the newest pending      *)
(*     bit, else the chain head)        closure of N is removed and called *)
(*   Leave, into the panic loop, p not  Leave                              *)
(*     recovered (p.argp = 0)                                              *)
(*   Leave, into the panic loop, p      Leave by Recovery: every panic     *)
(*     recovered (recovery)             with startSP at or below p.sp is   *)
(*                                      popped, the newest Goexit among    *)
(*                                      them resumes (the 1.22+ rule),     *)
(*                                      else frame p.sp returns            *)
(*   PanicStep, frame p.sp has work     PanicStep: the newest pending      *)
(*     (nextDefer, TakeFrom)            closure of the innermost frame     *)
(*   PanicStep, nextFrame               stutter: p.sp is walk state        *)
(*   PanicStep, no frame has work       PanicStep: crash or deadlock       *)
(***************************************************************************)
\* The table as a property the witness models check: every step of Next is
\* the step of Abs!Next its row names, or leaves Abs's variables alone.
AbsVars == <<prog, framesBar, panicsBar, log, outcome, nextId>>
WalksDown == ~(TopP.sp <= N /\ HasWork(TopP.sp))
             /\ {j \in 1..(TopP.sp - 1) : j <= N /\ HasWork(j)} # {}
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
       /\ ExitDefer => Abs!ExitDefer
       /\ Leave => Abs!Leave
       /\ (PanicStep /\ ~WalksDown) => Abs!PanicStep
       /\ (PanicStep /\ WalksDown) => UNCHANGED AbsVars
       /\ Terminated => UNCHANGED AbsVars]_vars

THEOREM Spec => Abs!Spec
THEOREM Spec => [](TypeOK /\ OpenFramesHaveNoRecords /\ BitsMatchSlots /\ ChainSortedBySp
                   /\ NoStaleRecords /\ AtMostOnce)
=============================================================================
