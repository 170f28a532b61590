---------------------------- MODULE ProgramSpace ----------------------------
(***************************************************************************)
(* The explorer's program space (checker/.../explore/ProgramSpace, Grammar *)
(* and Bound) as a TLA+ set, and its translation into the flat form       *)
(* GoDefer runs.  A program here is exactly a Java CoreProgram: a sequence *)
(* of functions [res, body] (main first, with res "none"), each body a     *)
(* sequence of statements, a deferred closure holding its body inline.     *)
(* Function numbers are Java's: main is 0, fN is N.                        *)
(*                                                                         *)
(* ExplorerPrograms is the set of canonical programs of one named bound:   *)
(* the cross-check (defercheck tlc --cross-check BOUND) assumes it equals  *)
(* the list Java's ProgramSpace enumerates, so the two counts are equal.   *)
(***************************************************************************)
EXTENDS Calculus

CONSTANTS
    XFunctions, \* Bound.functions: top-level functions besides main
    XStmts,     \* Bound.stmts: statements per body (function or closure)
    XDepth,     \* Bound.depth: closure nesting
    XTrips,     \* Bound.trips: largest loop trip count (0: no loop defers)
    XValues,    \* Bound.values: values 1..XValues
    XSize,      \* Bound.size: statements in the whole program
    XConds,     \* Bound.conds: defers under `if yes` / `if no`
    XExits,     \* Bound.exits: runtime.Goexit and os.Exit
    XMethods    \* Bound.methods: defer r.show(), defer r.pshow(), defer I(nil).show()

-----------------------------------------------------------------------------
(* Statements (CoreStmt and Deferred in the checker's coreprogram          *)
(* package).  Every statement has the same fields so that TLC can compare  *)
(* any two: op, fn (a callee), val (a value), g and n (a defer's guard and *)
(* loop trip count), body (a deferred closure's body).  Unused fields are  *)
(* 0, "" or <<>>.                                                          *)
S(op, fn, val, g, n, body) == [op |-> op, fn |-> fn, val |-> val, g |-> g, n |-> n, body |-> body]
XPrint(v)  == S("print", 0, v, "", 0, <<>>)    \* println(v)
XRecover   == S("recover", 0, 0, "", 0, <<>>)  \* fmt.Println(recover())
XCall(f)   == S("call", f, 0, "", 0, <<>>)     \* fN(), or println(fN()) when fN has a result
XSet(v)    == S("setres", 0, v, "", 0, <<>>)   \* r = v
XPanic(v)  == S("panic", 0, v, "", 0, <<>>)    \* panic(v)
XReturn(v) == S("retval", 0, v, "", 0, <<>>)   \* return v
XGoexit    == S("goexit", 0, 0, "", 0, <<>>)   \* runtime.Goexit()
XExit(v)   == S("exit", 0, v, "", 0, <<>>)     \* os.Exit(v)
\* A defer: g is "plain", "yes" (if yes {...}), "no" (if no {...}) or "loop"
\* (n trips); the target op is dclosure, dnamed (fn), drecover, dpanic (val),
\* dprintln (val), dvalue (`defer r.show()`, a method of R with a value
\* receiver; r is the result variable), dpointer (`defer r.pshow()`, a method
\* of *R) or dnil (`defer I(nil).show()`, plain only, which panics).
XDefer(g, n, op, fn, val, body) == S(op, fn, val, g, n, body)
XFunc(res, body) == [res |-> res, body |-> body]

Terminal == {"panic", "retval", "goexit", "exit", "dnil"}
DeferOps == {"dclosure", "dnamed", "drecover", "dpanic", "dprintln"}

Vals == 1..XValues
Guards == {<<"plain", 0>>}
          \cup (IF XConds THEN {<<"yes", 0>>, <<"no", 0>>} ELSE {})
          \cup {<<"loop", t>> : t \in 1..XTrips}

-----------------------------------------------------------------------------
(* Grammar.alternatives, with numbering left free: statements of function  *)
(* i (callees i+1..XFunctions), with a result or not (r), at closure depth *)
(* d, costing exactly c statements (a closure costs 1 plus its body).      *)
RECURSIVE Stmts(_, _, _, _), Bodies(_, _, _, _, _)
Stmts(i, r, d, c) ==
    LET callees == (i + 1)..XFunctions
        closures == IF d < XDepth
                      THEN {XDefer(gd[1], gd[2], "dclosure", 0, 0, b) :
                              gd \in Guards, b \in Bodies(i, r, d + 1, XStmts, c - 1)}
                      ELSE {}
        leaves ==
               {XPrint(v) : v \in Vals} \cup {XRecover} \cup {XCall(f) : f \in callees}
          \cup (IF r THEN {XSet(v) : v \in Vals} ELSE {})
          \cup {XDefer(gd[1], gd[2], "dnamed", f, 0, <<>>) : gd \in Guards, f \in callees}
          \cup {XDefer(gd[1], gd[2], "drecover", 0, 0, <<>>) : gd \in Guards}
          \cup {XDefer(gd[1], gd[2], op, 0, v, <<>>) : gd \in Guards, op \in {"dpanic", "dprintln"}, v \in Vals}
          \cup {XPanic(v) : v \in Vals}
          \cup (IF r /\ d = 0 THEN {XReturn(v) : v \in Vals} ELSE {})
          \cup (IF XExits THEN {XGoexit} \cup {XExit(v) : v \in Vals} ELSE {})
          \cup (IF XMethods /\ r THEN {XDefer(gd[1], gd[2], op, 0, 0, <<>>) :
                                         gd \in Guards, op \in {"dvalue", "dpointer"}} ELSE {})
          \cup (IF XMethods THEN {XDefer("plain", 0, "dnil", 0, 0, <<>>)} ELSE {})
    IN closures \cup (IF c = 1 THEN leaves ELSE {})

\* Bodies of at most len statements costing exactly n; nothing follows a
\* terminal statement.
Bodies(i, r, d, len, n) ==
    IF n = 0 THEN {<<>>}
    ELSE IF len = 0 THEN {}
    ELSE UNION {{<<s>> \o rest : s \in {x \in cs[2] : x.op \notin Terminal},
                               rest \in Bodies(i, r, d, len - 1, n - cs[1])}
                \cup (IF cs[1] = n THEN {<<s>> : s \in {x \in cs[2] : x.op \in Terminal}} ELSE {})
                : cs \in {<<c, Stmts(i, r, d, c)>> : c \in 1..n}}

\* FuncBodies[i, r, c]: function i's bodies costing c, with a result (r) or
\* not.
FuncBodies == [x \in (0..XFunctions) \X BOOLEAN \X (0..XSize) |-> Bodies(x[1], x[2], 0, XStmts, x[3])]

RECURSIVE Cost(_)
Cost(b) == IF b = <<>> THEN 0 ELSE 1 + Cost(Head(b).body) + Cost(Tail(b))

-----------------------------------------------------------------------------
(* Canonical numbering (Grammar's two restricted-growth counters): read in *)
(* token order (main's body, then f1's, ...; a closure's body right after  *)
(* its defer), every value is at most one more than the largest before it, *)
(* and so is every function named; the functions named are exactly        *)
(* f1..fN, so no body is dead code.  Callees are later functions, so no    *)
(* recursion.                                                              *)
RECURSIVE BodyVals(_), BodyFns(_)
BodyVals(b) == IF b = <<>> THEN <<>>
               ELSE (IF Head(b).val # 0 THEN <<Head(b).val>> ELSE <<>>)
                    \o BodyVals(Head(b).body) \o BodyVals(Tail(b))
BodyFns(b) == IF b = <<>> THEN <<>>
              ELSE (IF Head(b).fn # 0 THEN <<Head(b).fn>> ELSE <<>>)
                   \o BodyFns(Head(b).body) \o BodyFns(Tail(b))

Joined(p, Of(_)) == LET RECURSIVE J(_) J(k) == IF k > Len(p) THEN <<>> ELSE Of(p[k].body) \o J(k + 1)
                    IN J(1)

RestrictedGrowth(s) == \A k \in 1..Len(s) : \A m \in 1..(s[k] - 1) : \E j \in 1..(k - 1) : s[j] = m

Named(p) == LET fs == Joined(p, BodyFns) IN {fs[k] : k \in 1..Len(fs)}

Canonical(p) ==
    /\ RestrictedGrowth(Joined(p, BodyVals))
    /\ RestrictedGrowth(Joined(p, BodyFns))
    /\ Named(p) = 1..(Len(p) - 1)

ProgCost(p) == LET RECURSIVE PC(_) PC(k) == IF k > Len(p) THEN 0 ELSE Cost(p[k].body) + PC(k + 1)
               IN PC(1)

\* Programs with functions 0..k (main and f1..fk) of total cost at most XSize,
\* each function named in an earlier body: no body is built for a function
\* nobody names, which keeps TLC's work near the size of the result.
RECURSIVE Prefixes(_)
Prefixes(k) ==
    IF k = 0 THEN {<<XFunc("none", b)>> : b \in UNION {FuncBodies[0, FALSE, c] : c \in 0..XSize}}
    ELSE UNION {{p \o <<XFunc(x[1], b)>> : p \in {q \in x[4] : ProgCost(q) = x[2]},
                                         b \in FuncBodies[k, x[1] # "none", x[3]]}
                : x \in {y \in {"none", "unnamed", "named"} \X (0..XSize) \X (0..XSize)
                          \X {{p \in Prefixes(k - 1) : k \in Named(p)}} : y[2] + y[3] <= XSize}}

ExplorerPrograms == {p \in UNION {Prefixes(k) : k \in 0..XFunctions} : Canonical(p)}

-----------------------------------------------------------------------------
(* The flat form GoDefer runs (Calculus' Stmt records, TLA+ numbering:     *)
(* function fN is body N+1).  Bodies 1..Len(p) are the functions; after    *)
(* them, in token order, one body per deferred closure and per deferred    *)
(* builtin: `defer println(v)` runs the body <<print v>>, `defer panic(v)` *)
(* runs <<panic v>>, and `defer recover()` runs <<wrecover>>, recover as   *)
(* called by a wrapper (GoDefer's WrappedRecover).  Go (since 1.17) wraps  *)
(* each of them in a closure too, so each runs in a frame of its own.  A   *)
(* flat defer Mk("xdefer", body, 0, k) pushes k closures: 1 for plain and  *)
(* `if yes`, 0 for `if no`, n for a loop of n trips.                       *)
RECURSIVE Extra(_), ExtraS(_), FlatBody(_, _), Inner(_, _)
Extra(b) == IF b = <<>> THEN 0 ELSE ExtraS(Head(b)) + Extra(Tail(b))
ExtraS(s) == CASE s.op = "dclosure" -> 1 + Extra(s.body)
               [] s.op \in {"drecover", "dpanic", "dprintln"} -> 1
               [] OTHER -> 0

Pushes(s) == CASE s.g = "no" -> 0 [] s.g = "loop" -> s.n [] OTHER -> 1

FlatStmt(s, base) ==
    CASE s.op = "dvalue" -> Mk("mdefer", 0, 0, Pushes(s))
      [] s.op = "dpointer" -> Mk("pdefer", 0, 0, Pushes(s))
      [] s.op = "dnil" -> Mk("dnil", 0, 0, 0)
      [] s.op = "dnamed" -> Mk("xdefer", s.fn + 1, 0, Pushes(s))
      [] s.op \in DeferOps -> Mk("xdefer", base, 0, Pushes(s))
      [] s.op = "call" -> Mk("call", s.fn + 1, 0, 0)
      [] OTHER -> Mk(s.op, 0, s.val, 0)

\* The bodies a statement s adds, the first at index base.
Inner(s, base) ==
    CASE s.op = "dclosure" -> FlatBody(s.body, base + 1)
      [] s.op = "drecover" -> <<<<Mk("wrecover", 0, 0, 0)>>>>
      [] s.op = "dpanic" -> <<<<Mk("panic", 0, s.val, 0)>>>>
      [] s.op = "dprintln" -> <<<<Mk("print", 0, s.val, 0)>>>>
      [] OTHER -> <<>>

\* TLC runs with LazyValue off (see spec/README.md), so a LET or an operator
\* argument used twice is evaluated twice, and the recursion below would
\* double its work at every level.  Bound variables hold values: Let(e, F)
\* evaluates e once and hands the value to F.
Let(e, F(_)) == CHOOSE y \in {F(x) : x \in {e}} : TRUE

\* <<b flattened, then the bodies b adds, in token order>>; the first of them
\* gets index base.  s's own bodies come before those of the rest of b.
FlatBody(b, base) ==
    IF b = <<>> THEN <<<<>>>>
    ELSE LET s == Head(b)
             Cons(rest) == <<<<FlatStmt(s, base)>> \o rest[1]>> \o Inner(s, base) \o Tail(rest)
         IN Let(FlatBody(Tail(b), base + ExtraS(s)), Cons)

\* <<the flat bodies of functions k.., the bodies they add>>.
RECURSIVE FlatFuncs(_, _, _)
FlatFuncs(p, k, base) ==
    IF k > Len(p) THEN <<<<>>, <<>>>>
    ELSE LET Join(fb) == LET Cons(rest) == <<<<fb[1]>> \o rest[1], Tail(fb) \o rest[2]>>
                         IN Let(FlatFuncs(p, k + 1, base + Len(fb) - 1), Cons)
         IN Let(FlatBody(p[k].body, base), Join)

\* The methods of R, after every other body (so they number nothing else):
\* pshow (println of r through x = &r), then show for each receiver value 0..XValues (the
\* receiver is copied at the defer; GoDeferFlat's FlatValueMethod picks the
\* body for r's value then).
MethodBodies == <<<<Mk("pprint", 0, 0, 0)>>>> \o [k \in 1..(XValues + 1) |-> <<Mk("print", 0, k - 1, 0)>>]

Flatten(p) ==
    LET Prog(bodies) ==
            [body |-> bodies, funcs |-> Len(p), methods |-> Len(bodies) - XValues - 1,
             named |-> [i \in 1..Len(bodies) |-> i <= Len(p) /\ p[i].res = "named"],
             result |-> [i \in 1..Len(bodies) |-> i <= Len(p) /\ p[i].res # "none"]]
        Joint(ff) == ff[1] \o ff[2] \o MethodBodies
    IN Let(Let(FlatFuncs(p, 1, Len(p) + 1), Joint), Prog)
=============================================================================
