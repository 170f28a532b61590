----------------------------- MODULE MCGoDefer -----------------------------
\* The models of GoDefer: MCGoDefer.cfg checks every program of a small bound,
\* MCGoDeferWitness*.cfg the hand-picked programs of Witnesses.tla.
EXTENDS GoDefer, Witnesses
=============================================================================
