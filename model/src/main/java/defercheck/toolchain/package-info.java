/**
 * Real Go toolchains: finding the installed ones, building a program as a module of the toolchain's version
 * and running it ({@link defercheck.toolchain.GoToolchain}), and the bugs of real toolchains that make a
 * binary disagree with the specified semantics ({@link defercheck.toolchain.KnownBugs}), which the tests and
 * the oracle report by golang/go issue number. Uses no other package of ours: the model never needs a
 * toolchain to run a program.
 */
package defercheck.toolchain;
