---------------------------- MODULE MCHeapDefer ----------------------------
\* The models of HeapDefer: MCHeapDefer.cfg checks every program of a small bound,
\* MCHeapDeferWitness*.cfg the hand-picked programs of Witnesses.tla.
EXTENDS HeapDefer, Witnesses
=============================================================================
