/**
 * The parts of Go's standard library that the model provides in Java, exact to the bit: Go strings as byte
 * strings ({@link defercheck.lib.ByteStrings}), UTF-8 and the string conversions ({@code lib.utf8}), the
 * Unicode tables behind strconv.IsPrint and package unicode ({@code lib.unicode}), strconv
 * ({@code lib.strconv}), the fmt engine ({@code lib.fmt}), package strings ({@code lib.strings}), sort as
 * resumable machines ({@code lib.sort}), log's output format ({@code lib.log}), errors.Join
 * ({@code lib.errors}), the exactly defined math functions ({@code lib.math}), and how the builtins print and
 * println write floats ({@code lib.runtime}). No Go source is executed, and none is copied: every class
 * follows the documented behaviour and is checked against real toolchains by the tests under
 * model/src/test/java/defercheck/lib, which run our generator programs (lib/gen/*.go) on every installed
 * toolchain and keep their go1.19 and go1.23 output as recorded expectations.
 */
package defercheck.lib;
