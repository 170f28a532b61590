----------------------------- MODULE Witnesses -----------------------------
(***************************************************************************)
(* Hand-picked calculus programs, each reaching a rule that the bounded    *)
(* models (every program of a small bound) cannot reach in the time a     *)
(* model may take: four statements in one body, three defers in an open   *)
(* frame, results and prints next to recovery, loop defers next to open   *)
(* frames.  The witness models (MC*Witness*.cfg) replace Calculus'         *)
(* Programs by WitnessPrograms, in the strategy spec and in its abstract  *)
(* INSTANCE alike (TLC applies the override to both), so they run these   *)
(* programs and nothing else; the mutant models run them too.             *)
(*                                                                         *)
(* A witness model's cfg must say NumFuncs = 4 (every program here has     *)
(* four bodies, unused ones empty), Values = {1, 2}, LoopTrips = {2}.      *)
(* Function 1 is main; in the Go text below fN is function N, and a       *)
(* deferred fN is a closure with fN's body that writes the r of the frame *)
(* that deferred it.  No program recurses, so every run ends.             *)
(***************************************************************************)
EXTENDS Calculus

WDefer(g) == Mk("defer", g, 0, 0)           \* defer func() { fg's body }()
WLoop(g, n) == Mk("deferloop", g, 0, n)     \* for i := 0; i < n; i++ { defer ... }
WCall(g) == Mk("call", g, 0, 0)             \* fg()
WPanic(v) == Mk("panic", 0, v, 0)           \* panic(v)
WRecover == Mk("recover", 0, 0, 0)          \* println(recover())
WSet(v) == Mk("setres", 0, v, 0)            \* r = v
WPrint(v) == Mk("print", 0, v, 0)           \* println(v)
WGoexit == Mk("goexit", 0, 0, 0)            \* runtime.Goexit()

\* bodies padded to NumFuncs; named is the set of functions with named results.
W(bodies, named) == [body |-> [k \in Funcs |-> IF k <= Len(bodies) THEN bodies[k] ELSE <<>>],
                     named |-> [f \in Funcs |-> f \in named]]

(* Goexit resumption after a recovery (GoDefer's Recovery, by version).   *)

\* defer f2; defer f3; Goexit().  f3 panics, f2 recovers: the Goexit is
\* directly below the recovered panic, so 1.14+ resume it (main's goroutine
\* deadlocks); before 1.14 main returns.
GoexitBelow == W(<<<<WDefer(2), WDefer(3), WGoexit>>, <<WRecover>>, <<WPanic(1)>>>>, {})

\* defer f2; defer f3; defer f4; Goexit().  f4 panics, f3 panics again, f2
\* recovers the second panic: the Goexit is two records down, so only 1.22+
\* resume it; 1.14-1.21 drop it and main returns (checked on go1.21 and
\* go1.22: exit 0, then the deadlock).
GoexitTwoDown == W(<<<<WDefer(2), WDefer(3), WDefer(4), WGoexit>>, <<WRecover>>, <<WPanic(2)>>, <<WPanic(1)>>>>, {})

\* defer f2; Goexit().  f2 recovers: nil, the record on top is the Goexit's
\* (before 1.14 recover looks past it and finds none).
RecoverInGoexit == W(<<<<WDefer(2), WGoexit>>, <<WRecover>>>>, {})

\* defer f2; Goexit().  f2 panics: the crash report leaves the Goexit out.
PanicInGoexit == W(<<<<WDefer(2), WGoexit>>, <<WPanic(1)>>>>, {})

\* defer f2; f3().  f3 runs defer f4; Goexit(); f4 panics and f2 (main's)
\* recovers it: the Goexit was raised in f3, deeper than main, so the
\* recovery that resumes it cuts the stack back to f3.
GoexitDeeper == W(<<<<WDefer(2), WCall(3)>>, <<WRecover>>, <<WDefer(4), WGoexit>>, <<WPanic(1)>>>>, {})

\* defer f2; Goexit().  f2, run by the Goexit, defers f3 and panics; f3
\* recovers inside f2: the Goexit was not superseded by the recovered
\* panic's walk, so it just goes on once f2 returns.
RecoverUnderGoexit == W(<<<<WDefer(2), WGoexit>>, <<WDefer(3), WPanic(1)>>, <<WRecover>>>>, {})

(* Who may recover. *)

\* defer f2; panic(1).  f2 calls f3, which calls recover: nil, f3 is not the
\* deferred call the panic invoked (runtime.gorecover's argp check), so
\* the panic crashes.
RecoverInHelper == W(<<<<WDefer(2), WPanic(1)>>, <<WCall(3)>>, <<WRecover>>>>, {})

(* Results and prints next to return and recovery. *)

\* println(f2()) with f2: defer f3; r = 1 (falls off the end), f3: r = 2.
\* Unnamed results return 1 (the slot was set before the defer ran), named
\* results 2.
ResultAfterReturn(named) == W(<<<<WCall(2), WPrint(2)>>, <<WDefer(3), WSet(1)>>, <<WSet(2)>>>>, named)

\* println(f2()) with f2: defer f3; r = 1; panic(1), f3 recovers and sets
\* r = 2.  Unnamed results return the zero value (the slot was never set),
\* named results 2.
ResultAfterRecovery(named) == W(<<<<WCall(2), WPrint(1)>>, <<WDefer(3), WSet(1), WPanic(1)>>, <<WRecover, WSet(2)>>>>, named)

(* Calls and loop defers (chain records in every strategy) next to other   *)
(* frames.                                                                 *)

\* defer f2; f3().  f3 returns normally while main's deferred call is
\* pending: f3's return must not run it.
DeferThenCall == W(<<<<WDefer(2), WCall(3)>>, <<WPrint(1)>>, <<WPrint(2)>>>>, {})

\* Two closures from one loop site; the newest recovers, the other runs
\* when main returns.
LoopRecover == W(<<<<WLoop(2, 2), WPanic(1)>>, <<WRecover>>>>, {})

\* main mixes a plain defer and loop defers (so it is never open-coded),
\* then calls f4, an open-coded frame that defers f3 and panics: the walk
\* runs f4's bit, then main's records head first; f2 recovers.
MixedFrames == W(<<<<WDefer(2), WLoop(3, 2), WCall(4)>>, <<WRecover>>, <<WPrint(1)>>, <<WDefer(3), WPanic(1)>>>>, {})

\* Two closures from one loop site, each panicking: the second panic finds
\* the first closure's record started and does not run it again.
LoopRepanic == W(<<<<WLoop(2, 2), WPanic(1)>>, <<WPanic(2)>>>>, {})

(* Open-coded frames with several bits set. *)

\* Three defers in main; a panic runs them high bit first; f3 recovers
\* between the others, so the frame's deferreturn finishes the bits.
ThreeBits == W(<<<<WDefer(2), WDefer(3), WDefer(4), WPanic(1)>>, <<WPrint(1)>>, <<WRecover>>, <<WPrint(2)>>>>, {})

\* Three defers in main and a normal return: the exit code runs them high
\* bit first; the middle one panics and the last one, run by the panic,
\* recovers.
ThreeBitsExit == W(<<<<WDefer(2), WDefer(3), WDefer(4)>>, <<WRecover>>, <<WPanic(1)>>, <<WPrint(1)>>>>, {})

\* defer f2; f2().  f2 defers f3 and f4 and panics; f4 recovers and f2's
\* remaining defer runs by f2's exit code, once when f2 is called and once
\* when main's exit code runs it: an open frame that recovered returns,
\* owning the synthetic record its panic made.
OpenFrameRecovers == W(<<<<WDefer(2), WCall(2)>>, <<WDefer(3), WDefer(4), WPanic(1)>>, <<WPrint(1)>>, <<WRecover>>>>, {})

\* defer f2; f3().  f3 has loop defers (records) and panics: the panic's
\* scan gives main, open-coded, a synthetic record behind f3's records.  The
\* first loop closure recovers, which drops main's record, not started yet.
OpenBelowRecords == W(<<<<WDefer(2), WCall(3)>>, <<WPrint(1)>>, <<WLoop(4, 2), WPanic(1)>>, <<WRecover>>>>, {})

\* The same, but each loop closure panics: the second panic's scan meets
\* main's record, not started, and goes past it.
OpenBelowRecordsRepanic == W(<<<<WDefer(2), WCall(3)>>, <<WPrint(1)>>, <<WLoop(4, 2), WPanic(1)>>, <<WPanic(2)>>>>, {})

\* defer f2; defer f3; panic(1).  f3 panics again: the second panic takes
\* over main's frame, started by the first, and still runs f2.
PanicInOpenDefer == W(<<<<WDefer(2), WDefer(3), WPanic(1)>>, <<WPrint(1)>>, <<WPanic(2)>>>>, {})

WitnessPrograms ==
    {GoexitBelow, GoexitTwoDown, RecoverInGoexit, PanicInGoexit, GoexitDeeper, RecoverUnderGoexit,
     ResultAfterReturn({}), ResultAfterReturn({2}),
     ResultAfterRecovery({}), ResultAfterRecovery({2}),
     RecoverInHelper, DeferThenCall, LoopRecover, MixedFrames, LoopRepanic,
     ThreeBits, ThreeBitsExit, PanicInOpenDefer, OpenFrameRecovers, OpenBelowRecords,
     OpenBelowRecordsRepanic}
=============================================================================
