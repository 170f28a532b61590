----------------------------- MODULE MCGoDefer -----------------------------
(* Small bound for the abstract semantics: 3 functions, bodies of at most 2 *)
(* statements, two panic values, loops of 2 (Return, Print off: Return is  *)
(* dead code without conditionals and Print duplicates the start log).     *)
EXTENDS GoDefer
MCOps == {"defer", "call", "panic", "recover", "goexit"}
=============================================================================
