---------------------------- MODULE GoDeferFlat ----------------------------
(***************************************************************************)
(* GoDefer on flattened programs: the explorer's (ProgramSpace.tla's       *)
(* Flatten, for `defercheck tlc --cross-check` and explorer trace exports) *)
(* and the straight-line route's (StraightLineExport: any Go program's run *)
(* read back as one body per frame).  A flat program has a `funcs` field:  *)
(* bodies 1..funcs are functions, the bodies beyond are deferred closures  *)
(* and builtins.  Next to GoDefer's statements it has                      *)
(*   xdefer    `defer` of Stm.n closures (plain, `if yes`, `if no`, loop;  *)
(*             of a closure, a function or a builtin);                     *)
(*   retval    `return v`;                                                 *)
(*   exit      os.Exit(v), which runs no deferred call;                    *)
(*   wrecover  recover() as called by the wrapper of `defer recover()`.    *)
(*   mdefer    `defer r.show()`, a method with a value receiver;           *)
(*   pdefer    `defer r.pshow()`, a method with a pointer receiver;        *)
(*   pprint    pshow's body: println of r through the pointer x = &r;     *)
(*   dnil      `defer I(nil).show()` (GoDefer's DeferNilMethod).           *)
(* A deferred function runs as a call and writes its own r; a closure      *)
(* writes the r of the function it is written in (OwnerOf); a call of a    *)
(* function without results logs nothing when it returns.                  *)
(***************************************************************************)
EXTENDS GoDefer

\* Statements only flattened programs have.
XOps == {"xdefer", "retval", "exit", "wrecover", "mdefer", "pdefer", "pprint", "dnil"}

\* The type of a flattened program (Calculus' Program is GoDefer's).
FlatProgTypeOK ==
    /\ prog.funcs \in 1..Len(prog.body)
    /\ \A b \in Code : \A k \in 1..Len(prog.body[b]) :
         prog.body[b][k] \in [op : AllOps \cup XOps, fn : {0} \cup Code, val : {0} \cup Values, n : Nat]
    /\ prog.named \in [Code -> BOOLEAN] /\ prog.result \in [Code -> BOOLEAN]
    /\ "methods" \in DOMAIN prog => prog.methods \in Nat   \* the straight-line route has no methods

\* Panic values: the programs' ints and the run-time error of a nil method.
PanicVal == Values \cup {NilDeref}

FlatLogEntryOK(e) ==
    \/ Len(e) = 3 /\ e[1] = "start" /\ e[2] \in Code \X Nat /\ e[3] \in Nat
    \/ Len(e) = 2 /\ e[1] \in {"print", "exit"} /\ e[2] \in {0} \cup Values
    \/ Len(e) = 2 /\ e[1] = "recover" /\ e[2] \in {0} \cup PanicVal
    \/ Len(e) = 3 /\ e[1] = "ret" /\ e[2] \in Code /\ e[3] \in {0} \cup Values

FlatVarsTypeOK ==
    /\ frames \in Seq(Frame)
    /\ panics \in Seq([val : {0} \cup PanicVal, recovered : BOOLEAN, aborted : BOOLEAN,
                        goexit : BOOLEAN, depth : Nat])
    /\ \A i \in 1..Len(log) : FlatLogEntryOK(log[i])
    /\ outcome \in [kind : {"running", "exit", "crash", "deadlock", "osexit"},
                    chain : Seq([val : PanicVal, recovered : BOOLEAN])]
    /\ nextId \in Nat \ {0}

\* Flatten has made each defer Stm.n pushes of body Stm.fn.
FlatDefer == AtStmt("xdefer") /\ PushDefers

\* r = v in the function the closure is written in: follow the deferring
\* frames (for a closure called, not deferred, its caller: a straight-line
\* program's closures) up to one that runs a function body.
RECURSIVE OwnerOf(_)
OwnerOf(i) == IF frames[i].fn > prog.funcs THEN OwnerOf(frames[i].how.frame) ELSE i
FlatSetResult == AtStmt("setres") /\ WriteResult(OwnerOf(N))

\* A method of R deferred (`defer r.show()`, `defer r.pshow()`; r is the
\* result variable of the function the defer is written in).  Go spec, Defer
\* statements and Method values: the receiver is evaluated at the defer
\* statement, and a value receiver is copied there.  Body prog.methods is
\* pshow, println of r through x = &r; body prog.methods + 1 + v is show with the copied
\* receiver v, `println(v)`.  So a value receiver prints r as it was at the
\* defer, a pointer receiver r as it is when the deferred call runs (after
\* `return v`, for named results).
FlatValueMethod == AtStmt("mdefer") /\ PushBodies(prog.methods + 1 + frames[OwnerOf(N)].res)
FlatPointerMethod == AtStmt("pdefer") /\ PushBodies(prog.methods)
PrintReceiver ==
    /\ AtStmt("pprint")
    /\ log' = Append(log, <<"print", frames[OwnerOf(N)].res>>)
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, panics, outcome, nextId>>

\* `return v`: assigns the slot, and r too when results are named.
ReturnValue ==
    /\ AtStmt("retval")
    /\ frames' = [frames EXCEPT ![N].st = "exiting", ![N].slot = Stm.val,
                                ![N].res = IF prog.named[Cur.fn] THEN Stm.val ELSE @]
    /\ UNCHANGED <<prog, panics, log, outcome, nextId>>

\* os.Exit(v) ends the process at once; no deferred call runs.  The log
\* records the exit code.
OsExit ==
    /\ AtStmt("exit")
    /\ outcome' = [kind |-> "osexit", chain |-> <<>>]
    /\ log' = Append(log, <<"exit", Stm.val>>)
    /\ UNCHANGED <<prog, frames, panics, nextId>>

\* `defer recover()`: recover's caller counts as the frame that deferred it
\* (the wrapper's argp is that frame's), so it recovers only when that frame
\* is a deferred call run by the seen panic (test/recover1.go; mirrors
\* PanicMachinery.recoverBuiltin).  Its result is discarded.
WrappedRecover ==
    /\ AtStmt("wrecover")
    /\ IF CanRecoverFor(frames[Cur.how.frame].how)
         THEN panics' = [panics EXCEPT ![Seen].recovered = TRUE]
         ELSE UNCHANGED panics
    /\ frames' = [frames EXCEPT ![N].pc = @ + 1]
    /\ UNCHANGED <<prog, log, outcome, nextId>>

\* A function without results returns nothing the log could show.
SilentReturn == Cur.how.kind = "call" /\ ~prog.result[Cur.fn]
FlatLeave ==
    \/ Leave /\ ~SilentReturn
    \/ /\ outcome = Running /\ Cur.st = "exiting" /\ Cur.defers = <<>> /\ SilentReturn
       /\ frames' = Front(frames)
       /\ UNCHANGED <<prog, panics, log, outcome, nextId>>

FlatNext == Defer \/ DeferLoop \/ Call \/ Panic \/ Goexit \/ Recover \/ FlatSetResult
            \/ Print \/ Return \/ ExitDefer \/ FlatLeave \/ PanicStep \/ Terminated
            \/ FlatDefer \/ ReturnValue \/ OsExit \/ WrappedRecover
            \/ FlatValueMethod \/ FlatPointerMethod \/ PrintReceiver \/ DeferNilMethod

FlatSpec == Init /\ [][FlatNext]_vars
=============================================================================
