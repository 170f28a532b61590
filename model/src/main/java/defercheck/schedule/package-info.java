/**
 * The model checker of a user's own concurrent program: every schedule (which runnable goroutine runs at each
 * synchronisation point), every pick of a select with several ready cases and every order of a map range, by
 * re-execution ({@link defercheck.schedule.ScheduleExplorer}: depth-first over choice sequences, replaying a
 * prefix and then branching), with sleep sets over the footprints the machine reports
 * ({@link defercheck.semantics.Footprint}); and the compact choice strings that name one run
 * ({@link defercheck.schedule.ChoiceString}). Owns nothing of a machine: it drives any
 * {@link defercheck.semantics.Machine} through its {@link defercheck.semantics.Chooser}. May use
 * {@code semantics} and {@code source}; nothing of the runtime strategies or the checker module.
 */
package defercheck.schedule;
