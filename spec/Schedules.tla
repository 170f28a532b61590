------------------------------ MODULE Schedules ------------------------------
(***************************************************************************)
(* Every schedule of a core program with goroutines: the interleaving      *)
(* steps (the checker's fast/FastSchedules does the same in Java).  Core   *)
(* goroutines share no variables, only the output, the WaitGroup wg and    *)
(* the process, so a goroutine's own run does not depend on the schedule:  *)
(* GoDefer (or a strategy) runs each goroutine alone, from main or from    *)
(* the function a go statement starts, and this module interleaves those   *)
(* runs at the synchronisation points: each output write, each go          *)
(* statement (which adds 1 to wg, as the printed wg.Add(1) does), each     *)
(* wg.Wait() and each goroutine's ending.  The endings are Go's:           *)
(*   - main returning, os.Exit anywhere and a runtime throw end the        *)
(*     process at once;                                                    *)
(*   - a worker's wg.Done() is its last deferred call: a worker that       *)
(*     returns or calls Goexit signals wg and is gone; one that panics     *)
(*     signals wg, then crashes the process in a later step, which main,   *)
(*     woken by the signal, may overtake by returning (runtime/panic.go:   *)
(*     fatalpanic comes after the deferred calls);                         *)
(*   - main's Goexit leaves the others running; when none is left the run  *)
(*     ends "no goroutines (main called runtime.Goexit) - deadlock!", and  *)
(*     when every one left waits in wg.Wait() "all goroutines are asleep - *)
(*     deadlock!" (runtime/proc.go, checkdead).                            *)
(*                                                                         *)
(* A run alone is [steps, end]: steps is a sequence of [k, v] with k one   *)
(* of "out" (fmt.Println, to stdout), "err" (println, to stderr), "go" (v  *)
(* the function started) and "wait"; end is [kind, exit, crash], kind      *)
(* named as the checker's Outcome.Kind (a worker's Goexit is spelled as    *)
(* main's, GOEXIT_DEADLOCK), crash the crash text's records.  A program's  *)
(* runs are a function from entry function (0 is main) to its run.         *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

NoEnd == [kind |-> "", exit |-> 0, crash |-> <<>>]

\* A goroutine: the function it started in, the next step of its run, and
\* whether it runs, has signalled wg on its way to a crash, or is gone.
Start == [gs |-> <<[f |-> 0, pc |-> 1, ph |-> "run"]>>, wg |-> 0,
          out |-> <<>>, err |-> <<>>, end |-> NoEnd]

Ended(s) == s.end # NoEnd
Live(s, i) == s.gs[i].ph # "gone"
Blocked(R, s, i) ==
    LET g == s.gs[i] IN
    /\ g.ph = "run"
    /\ g.pc <= Len(R[g.f].steps)
    /\ R[g.f].steps[g.pc].k = "wait"
    /\ s.wg > 0
CanStep(R, s, i) == Live(s, i) /\ ~Blocked(R, s, i)

Finish(s, e) == [s EXCEPT !.end = e]

\* Goroutine i's ending: main's Goexit and a worker's return, Goexit or panic
\* are steps of the program; every other ending ends the process.
EndOf(R, s, i) ==
    LET e == R[s.gs[i].f].end IN
    IF i = 1
    THEN IF e.kind = "GOEXIT_DEADLOCK" THEN [s EXCEPT !.gs[1].ph = "gone"] ELSE Finish(s, e)
    ELSE CASE e.kind \in {"NORMAL_EXIT", "GOEXIT_DEADLOCK"} -> [s EXCEPT !.gs[i].ph = "gone", !.wg = @ - 1]
           [] e.kind = "PANIC_CRASH" -> [s EXCEPT !.gs[i].ph = "crashing", !.wg = @ - 1]
           [] OTHER -> Finish(s, e)

StepOf(R, s, i) ==
    LET g == s.gs[i]
        run == R[g.f]
    IN
    IF g.ph = "crashing" THEN Finish(s, run.end)
    ELSE IF g.pc > Len(run.steps) THEN EndOf(R, s, i)
    ELSE LET st == run.steps[g.pc]
             s1 == [s EXCEPT !.gs[i].pc = @ + 1]
         IN CASE st.k = "out" -> [s1 EXCEPT !.out = Append(@, st.v)]
              [] st.k = "err" -> [s1 EXCEPT !.err = Append(@, st.v)]
              [] st.k = "go" -> [s1 EXCEPT !.gs = Append(@, [f |-> st.v, pc |-> 1, ph |-> "run"]), !.wg = @ + 1]
              [] st.k = "wait" -> s1

\* The states one step can reach; when no goroutine can step, the run ends in
\* a deadlock of one kind or the other.
Steps(R, s) ==
    IF Ended(s) THEN {}
    ELSE LET can == {i \in 1..Len(s.gs) : CanStep(R, s, i)} IN
         IF can # {} THEN {StepOf(R, s, i) : i \in can}
         ELSE {Finish(s, [kind |-> IF \E i \in 1..Len(s.gs) : Live(s, i) THEN "DEADLOCK" ELSE "GOEXIT_DEADLOCK",
                          exit |-> 2, crash |-> <<>>])}

OutcomeOf(s) == [out |-> s.out, err |-> s.err, kind |-> s.end.kind, exit |-> s.end.exit, crash |-> s.end.crash]

\* The outcomes of every schedule from s, as a set (the same steps, folded).
RECURSIVE Outcomes(_, _)
Outcomes(R, s) == IF Ended(s) THEN {OutcomeOf(s)} ELSE UNION {Outcomes(R, t) : t \in Steps(R, s)}
=============================================================================
