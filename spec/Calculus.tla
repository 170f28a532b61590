------------------------------ MODULE Calculus ------------------------------
(***************************************************************************)
(* The core calculus shared by GoDefer and every strategy module: the      *)
(* statements, the bounded set of programs, and small helpers.  A program  *)
(* is a tuple of function bodies (function 1 is main) and a per-function   *)
(* "named results" flag.  Call(g) and Defer(g) only name a later function  *)
(* (g > f), so programs have no recursion and every run is finite.         *)
(* Go(g) starts g in a new goroutine and Wait waits for them (see Entries).*)
(* Defer(g) defers a closure whose body is g's body; that closure writes   *)
(* the result variable r of the frame that deferred it (closures capture   *)
(* by reference).  Call(g) runs g as an ordinary function with its own r.  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    NumFuncs,   \* number of functions; function 1 is main
    BodyLen,    \* maximum number of statements per body
    Values,     \* panic / result / print values (positive naturals; 0 is nil)
    LoopTrips,  \* trip counts allowed in DeferLoop(n, g)
    Ops         \* statement kinds enumerated in this bound (subset of AllOps)

Funcs == 1..NumFuncs
Main == 1
Nil == 0
AllOps == {"defer", "deferloop", "call", "panic", "recover", "setres",
           "return", "print", "goexit", "go", "wait"}

\* Every statement is a record with the same fields, unused ones are 0.
Mk(op, fn, val, n) == [op |-> op, fn |-> fn, val |-> val, n |-> n]
Stmt == [op : AllOps, fn : 0..NumFuncs, val : {0} \cup Values, n : {0} \cup LoopTrips]

StmtsOf(f) ==
    LET later == (f+1)..NumFuncs IN
       (IF "defer" \in Ops THEN {Mk("defer", g, 0, 0) : g \in later} ELSE {})
    \cup (IF "deferloop" \in Ops THEN {Mk("deferloop", g, 0, n) : g \in later, n \in LoopTrips} ELSE {})
    \cup (IF "call" \in Ops THEN {Mk("call", g, 0, 0) : g \in later} ELSE {})
    \cup (IF "panic" \in Ops THEN {Mk("panic", 0, v, 0) : v \in Values} ELSE {})
    \cup (IF "recover" \in Ops THEN {Mk("recover", 0, 0, 0)} ELSE {})
    \cup (IF "setres" \in Ops /\ f # Main THEN {Mk("setres", 0, v, 0) : v \in Values} ELSE {})
    \cup (IF "return" \in Ops THEN {Mk("return", 0, 0, 0)} ELSE {})
    \cup (IF "print" \in Ops THEN {Mk("print", 0, v, 0) : v \in Values} ELSE {})
    \cup (IF "goexit" \in Ops THEN {Mk("goexit", 0, 0, 0)} ELSE {})
    \cup (IF "go" \in Ops THEN {Mk("go", g, 0, 0) : g \in later} ELSE {})
    \cup (IF "wait" \in Ops THEN {Mk("wait", 0, 0, 0)} ELSE {})

\* Canonical bodies: nothing follows a statement that never falls through.
Ends == {"panic", "goexit", "return"}
CanonicalBody(b) == \A i \in 1..(Len(b) - 1) : b[i].op \notin Ends

BodiesOf(f) == {b \in UNION {[1..k -> StmtsOf(f)] : k \in 0..BodyLen} : CanonicalBody(b)}

RECURSIVE BodyTuples(_)
BodyTuples(k) == IF k = 0 THEN {<<>>}
                 ELSE {Append(t, b) : t \in BodyTuples(k - 1), b \in BodiesOf(k)}

\* f is reachable from main through Call/Defer/DeferLoop/Go.  Callees have larger
\* indices, so reachability is decided in index order.
RECURSIVE Reach(_, _)
Reach(body, f) == f = Main \/
    \E g \in 1..(f - 1) : Reach(body, g) /\ \E i \in 1..Len(body[g]) :
        body[g][i].op \in {"defer", "deferloop", "call", "go"} /\ body[g][i].fn = f

\* Canonical programs: unreachable functions are empty and unnamed, so no two
\* programs in the bound differ only in dead code.  main has no results.
Programs ==
    LET bodies == {b \in BodyTuples(NumFuncs) :
                     \A f \in Funcs : ~Reach(b, f) => b[f] = <<>>}
    IN  UNION {{[body |-> b, named |-> nm] :
                 nm \in {x \in [Funcs -> BOOLEAN] :
                          \A f \in Funcs : x[f] => (f # Main /\ Reach(b, f) /\ "setres" \in Ops)}} : b \in bodies}

Program == [body : Seq(Seq(Stmt)), named : [Funcs -> BOOLEAN]]

Max(X) == CHOOSE x \in X : \A y \in X : y <= x
Min(X) == CHOOSE x \in X : \A y \in X : x <= y
Last(s) == s[Len(s)]
Front(s) == SubSeq(s, 1, Len(s) - 1)

\* How a frame was invoked: main, an ordinary call by frame `frame`, a deferred
\* call run at the exit of frame `frame`, or a deferred call run by panic
\* number `pid` for the defers of frame `frame` (the frame that deferred it).
How == [kind : {"main", "call", "exit", "panic"}, frame : Nat, pid : Nat]
HowMain == [kind |-> "main", frame |-> 0, pid |-> 0]
HowCall(j) == [kind |-> "call", frame |-> j, pid |-> 0]
HowExit(j) == [kind |-> "exit", frame |-> j, pid |-> 0]
HowPanic(j, p) == [kind |-> "panic", frame |-> j, pid |-> p]

\* A pending deferred closure: unique instance id, the function whose body
\* it runs, and its defer site <<function, pc>>.
Entry == [id : Nat, fn : Funcs, site : Funcs \X Nat]

\* The observable log: <<"start", site, id>>, <<"recover", v>> (0 = nil),
\* <<"print", v>>, <<"ret", f, v>> (value returned by an ordinary call).
IsLogEntry(e) ==
    \/ Len(e) = 3 /\ e[1] = "start" /\ e[2] \in Funcs \X Nat /\ e[3] \in Nat
    \/ Len(e) = 2 /\ e[1] \in {"recover", "print"} /\ e[2] \in {0} \cup Values
    \/ Len(e) = 3 /\ e[1] = "ret" /\ e[2] \in Funcs /\ e[3] \in {0} \cup Values
    \/ Len(e) = 2 /\ e[1] = "go" /\ e[2] \in Funcs
    \/ Len(e) = 2 /\ e[1] = "wait" /\ e[2] = 0

\* Goroutines.  Go(g) is `go g()` joined by the program's WaitGroup (printed as
\* wg.Add(1) and a goroutine running func() { defer wg.Done(); g() }()), Wait
\* is wg.Wait().  Goroutines share no variables, only the output, wg and the
\* process, so a goroutine's run does not depend on the schedule: every spec
\* runs one goroutine alone, from main or from a function some go statement
\* starts (Entries), noting <<"go", g>> and <<"wait", 0>> in the log, and
\* Schedules.tla interleaves the runs (a run from g is main's run of g's body:
\* its Goexit and panic endings are read as the worker's there).
Entries(p) == {Main} \cup {g \in Funcs : \E f \in 1..Len(p.body) : \E i \in 1..Len(p.body[f]) :
                                          p.body[f][i].op = "go" /\ p.body[f][i].fn = g}

Outcome == [kind : {"running", "exit", "crash", "deadlock", "osexit"},
            chain : Seq([val : Values, recovered : BOOLEAN])]
Running == [kind |-> "running", chain |-> <<>>]

\* The crash report: non-Goexit panics, oldest first, with [recovered] marks.
CrashChain(ps) ==
    LET RECURSIVE Sel(_)
        Sel(i) == IF i > Len(ps) THEN <<>>
                  ELSE IF ps[i].goexit THEN Sel(i + 1)
                  ELSE <<[val |-> ps[i].val, recovered |-> ps[i].recovered]>> \o Sel(i + 1)
    IN Sel(1)
=============================================================================
