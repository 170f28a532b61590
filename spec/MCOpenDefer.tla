---------------------------- MODULE MCOpenDefer ----------------------------
\* The models of OpenDefer: MCOpenDefer.cfg checks every program of a small bound,
\* MCOpenDeferWitness*.cfg the hand-picked programs of Witnesses.tla.
EXTENDS OpenDefer, Witnesses
=============================================================================
