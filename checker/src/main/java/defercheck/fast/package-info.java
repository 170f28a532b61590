/**
 * The fast engine: the explorer's machines for core programs, on int arrays.
 *
 * <p><b>Correspondence.</b> {@link defercheck.fast.FastCompiler} turns a core program (the enumerator's token
 * string) into {@link defercheck.fast.FastCode}: one statement array per function and one table of defer
 * sites, numbered, named and placed (line and column) as {@code CoreLowering} numbers, names and places
 * them, so that both engines report the same functions, sites and recover positions. The machines then run
 * that code, one statement or one runtime action per step, with every piece of Go state an int in a
 * preallocated array reused for the next program. Each machine class is the reference class of the same name
 * with {@code Fast} in front, method for method and statement for statement, objects replaced by indices:
 * <ul>
 *   <li>{@link defercheck.fast.FastMachineBase} is {@code semantics.MachineBase} (with the interpreter's and
 *       Builtins' part for core statements): frames, calls, deferred calls, returns, endings, the crash lines.</li>
 *   <li>{@link defercheck.fast.FastAbstractMachine} and {@link defercheck.fast.FastPanicMachinery} are
 *       {@code semantics.AbstractMachine} and {@code PanicMachinery} (docs/semantics.md): frames with LIFO deferred calls, the panic
 *       stack, recover's caller rule, recovery with the version's Goexit rule.</li>
 *   <li>{@link defercheck.fast.FastRuntimeMachine} is {@code runtime.RuntimeMachine} (with GoFrame, DeferRecord,
 *       RuntimePanic, DeferPool and Activity as arrays), {@link defercheck.fast.FastDeferStatement} is
 *       {@code DeferStatement}, {@link defercheck.fast.FastOpenDeferExitCode} is {@code OpenDeferExitCode},
 *       {@link defercheck.fast.FastPanicRuntime} is {@code PanicRuntime}, implemented by
 *       {@link defercheck.fast.FastLegacyRuntime} ({@code LegacyRuntime}, Go 1.12-1.21) with
 *       {@link defercheck.fast.FastOpenDeferFrames} ({@code OpenDeferFrames}, 1.14-1.21) and
 *       {@link defercheck.fast.FastPanicLoopRuntime} ({@code PanicLoopRuntime}, 1.22+).</li>
 *   <li>{@link defercheck.fast.FastPlan} gives each machine its per-site plan: forced heap, stack or open
 *       ({@code ForcedPlans}), or the real compiler's ({@code CompilerPlan} over {@code DeferPlanner}).</li>
 *   <li>{@link defercheck.fast.FastSuite} runs, per Go version, the machines of
 *       {@code Comparison.applicableMachines} under the same names, and compares each machine's
 *       {@link defercheck.fast.Observed} ints (deferred calls started, recover results, returns, output,
 *       the ending and the crash text's panic lines) with the abstract semantics'.</li>
 * </ul>
 * Names are the reference's: a frame is {@code f} (its depth), a {@code _defer} record {@code d}, a
 * {@code _panic} (or PanicRecord) {@code p}, a function {@code fn}; an enum of the reference is a set of int
 * constants of the same names ({@code FrameMode} as {@code RUNNING/EXITING/PANICKING}, {@code Activity} as
 * {@code NONE/OPEN_DEFER_EXIT/DEFER_RETURN/DEFER_LOOP/PANIC_LOOP}, {@code Activity.Phase} as {@code PHASE_*},
 * {@code OpenDeferFrames.Progress} as {@code CALLING/DONE/NOT_DONE}). A field of an object becomes an array
 * indexed by the object ({@code d.started} is {@code started[d]}); where two objects have a field of one name,
 * the array says whose ({@code panicLink}, {@code panicBits}; {@code fnSite}/{@code fnInstance} for
 * {@code d.fn}).
 * What the fast engine does not model: tracing, cost counters and internal events (they never decide a
 * verdict); mutants (they stay in the reference machines, and the explorer runs those for {@code --mutant});
 * programs outside the core calculus.
 *
 * <p><b>How it is checked.</b> {@link defercheck.fast.ReferenceEncoding} spells a reference machine's events
 * and outcome in the same ints, so tests compare each fast machine with the reference machine it stands
 * for, and each reference machine with the abstract semantics: FastEngineDifferentialTest (all of tiny,
 * samples of small, medium and large, Go 1.12, 1.13, 1.14, 1.19, 1.21, 1.22, 1.23), FastEngineWholeSmallTest
 * (all of small, Go 1.19 and 1.23), FastEngineMethodDefersTest (all of tiny and a sample of small with method
 * defers, {@code Bound.methods}), FastPlanTest (plans against the reference planners) and
 * FastEngineCatchesWrongMachinesTest (a wrong machine is caught). In a run, any program the fast machines
 * disagree on is run again on the reference machines: a counterexample is only ever reported, and traced, by
 * them, and a disagreement they do not confirm stops the run as a fast-engine bug ({@code explore.FastEngineBug}).
 *
 * <p><b>Changing a rule.</b> A rule of Go's defer, panic, recover or Goexit lives in up to five places. Change
 * every one that holds it, then run the test named for each place: it is the one that fails when that place is
 * forgotten.
 * <ol>
 *   <li>Versions. What a program does differently from one Go version to the next is a predicate of
 *       {@code source.GoVersion} ({@code goexitHasPanicRecord}, {@code recoveryResumesGoexit},
 *       {@code panicNilError}, ...) that the abstract, runtime and fast machines all call, so it changes in one
 *       place. Which runtime and compiler a version has is {@code runtime.Strategy} and
 *       {@code Comparison.applicableMachines} (the panic loop from 1.22) and {@code plan.DeferPlanner} (stack
 *       records from 1.13, open-coded defers from 1.14), mirrored by {@link defercheck.fast.FastSuite} and
 *       {@link defercheck.fast.FastPlan}. Since both engines call the same predicate, only real Go catches a
 *       wrong one: CorpusTest and MachinesCorpusTest (each corpus program against what the version's toolchain
 *       printed), GoTestTreeTest, and OracleToolchainTest when toolchains are installed.</li>
 *   <li>The abstract semantics: {@code semantics.AbstractMachine}, {@code PanicMachinery} and, for what every
 *       machine shares (calls, deferred-call wrappers, returns, endings, crash texts), {@code MachineBase} and
 *       {@code CrashText}. Caught by CorpusTest and GoTestTreeTest (real Go's output) and by
 *       FastEngineDifferentialTest (the reference machines no longer agree with the abstract one, and
 *       {@link defercheck.fast.FastAbstractMachine} no longer matches it). AbstractMachineTest only pins a few
 *       programs the explorer found; it is no substitute for those.</li>
 *   <li>The runtime machines: {@code runtime.RuntimeMachine}, {@code DeferStatement}, {@code OpenDeferExitCode},
 *       {@code LegacyRuntime}, {@code OpenDeferFrames} and {@code PanicLoopRuntime}. Caught by MachinesCorpusTest
 *       (every machine of every version against the goldens), FastEngineDifferentialTest and
 *       FastEngineWholeSmallTest (every reference machine must agree with the abstract semantics, and each fast
 *       machine with its reference machine, on tiny, small and samples of the larger bounds), MutantsTest and
 *       CostTest (each mutant still diverges, costs stay exact). A plan rule in {@code plan.DeferPlanner}: by
 *       PlanGoldenTest and PlanToolchainTest (the real compiler's {@code -d=defer} lines).</li>
 *   <li>The fast machines: the class of the same name here, and {@link defercheck.fast.FastPlan} for plans.
 *       Caught by FastEngineDifferentialTest (machine by machine against the reference, seven versions) and
 *       FastEngineWholeSmallTest; a plan by FastPlanTest; and in a run by {@code explore.FastEngineBug}, which
 *       stops the explorer when the reference machines do not confirm a fast disagreement.</li>
 *   <li>The TLA+ specifications in {@code spec/}: {@code GoDefer.tla} for the semantics, {@code HeapDefer.tla},
 *       {@code StackDefer.tla}, {@code OpenDefer.tla} and {@code PanicLoop.tla} for the strategies (each
 *       refining GoDefer), {@code ProgramSpace.tla} and {@code Calculus.tla} for the program spaces. Caught by
 *       TlcManifestTest (every model's result, states and depth, refinements included), CrossCheckTest (Java's
 *       abstract outcomes against GoDefer's on every program of tiny with method defers), TraceValidationTest and
 *       TraceExportTlaTest (Java traces replayed by the specs), StraightLineCorpusTest (every corpus run read
 *       back as a GoDefer program).</li>
 * </ol>
 * The committed traces under {@code traces/} record the machines' steps: TraceReplayTest fails when a change
 * alters any of them, and {@code defercheck trace refresh} records them again once the change is meant.
 */
package defercheck.fast;
