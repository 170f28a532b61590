/**
 * The fast engine: the explorer's machines for core programs, on int arrays.
 *
 * <p><b>Correspondence.</b> {@link defercheck.fast.FastCompiler} turns a core program (the enumerator's token
 * string) into {@link defercheck.fast.FastCode}: one statement array per function and one table of defer
 * sites, numbered, named and placed (line and column) as {@code CoreLowering} numbers, names and places
 * them, so that both engines report the same functions, sites and recover positions. The machines then run
 * that code, one statement or one runtime action per step, with every piece of Go state an int in a
 * preallocated array reused for the next program:
 * <ul>
 *   <li>{@link defercheck.fast.FastAbstractMachine} is {@code semantics.AbstractMachine} and {@code PanicMachinery}
 *       (docs/semantics.md): frames with LIFO deferred calls, the panic stack, recover's caller rule,
 *       recovery with the version's Goexit rule.</li>
 *   <li>{@link defercheck.fast.FastRuntimeMachine} is {@code runtime.RuntimeMachine}: deferBits and slots,
 *       {@code g._defer} with stack and pooled heap records, {@code g._panic}; its panic runtime is
 *       {@link defercheck.fast.FastLegacyRuntime} ({@code LegacyRuntime} with {@code OpenDeferFrames}, Go
 *       1.12-1.21: {@code started}, aborted panics, synthetic open records sorted by sp) or
 *       {@link defercheck.fast.FastPanicLoop} ({@code PanicLoopRuntime}, 1.22+). Each method is a port of the
 *       reference method of the same name, statement for statement.</li>
 *   <li>{@link defercheck.fast.FastPlan} gives each machine its per-site plan: forced heap, stack or open
 *       ({@code ForcedPlans}), or the real compiler's ({@code CompilerPlan} over {@code DeferPlanner}).</li>
 *   <li>{@link defercheck.fast.FastSuite} runs, per Go version, the machines of
 *       {@code Comparison.applicableMachines} under the same names, and compares each machine's
 *       {@link defercheck.fast.Observed} ints (deferred calls started, recover results, returns, output,
 *       the ending and the crash text's panic lines) with the abstract semantics'.</li>
 * </ul>
 * What the fast engine does not model: tracing, cost counters and internal events (they never decide a
 * verdict); mutants (they stay in the reference machines, and the explorer runs those for {@code --mutant});
 * programs outside the core calculus.
 *
 * <p><b>How it is checked.</b> {@link defercheck.fast.ReferenceEncoding} spells a reference machine's events
 * and outcome in the same ints, so tests compare each fast machine with the reference machine it stands
 * for: FastEngineDifferentialTest (all of tiny, samples of small, medium and large, Go 1.12, 1.13, 1.14,
 * 1.19, 1.21, 1.22, 1.23), FastEngineWholeSmallTest (all of small, Go 1.19 and 1.23), FastPlanTest (plans
 * against the reference planners) and FastEngineCatchesWrongMachinesTest (a wrong machine is caught). In a
 * run, any program the fast machines disagree on is run again on the reference machines: a counterexample
 * is only ever reported, and traced, by them, and a disagreement they do not confirm stops the run as a
 * fast-engine bug ({@code explore.FastEngineBug}).
 */
package defercheck.fast;
