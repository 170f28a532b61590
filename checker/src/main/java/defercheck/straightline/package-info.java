/**
 * The straight-line route of {@code trace export --format tla}: one machine's run of any Go program the front end
 * takes, read back as a straight-line GoDefer program (one body per frame of the run), and the module where TLC
 * checks that GoDefer runs it to the machine's log and outcome. It may use the model (semantics, runtime
 * machines), {@code explore}'s machine suite and {@code tlc}.
 */
package defercheck.straightline;
