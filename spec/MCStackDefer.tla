--------------------------- MODULE MCStackDefer ----------------------------
\* The models of StackDefer: MCStackDefer.cfg checks every program of a small bound,
\* MCStackDeferWitness*.cfg the hand-picked programs of Witnesses.tla.
EXTENDS StackDefer, Witnesses
=============================================================================
