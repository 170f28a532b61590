---------------------------- MODULE MCPanicLoop ----------------------------
\* The models of PanicLoop: MCPanicLoop.cfg checks every program of a small bound,
\* MCPanicLoopWitness*.cfg the hand-picked programs of Witnesses.tla.
EXTENDS PanicLoop, Witnesses
=============================================================================
