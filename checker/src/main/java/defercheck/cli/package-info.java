/**
 * The command line: {@code Main} and every picocli command ({@code run}, {@code explore}, {@code plan},
 * {@code claims}, {@code bench}, {@code mutants}, {@code tlc}, {@code oracle}, {@code trace} and its
 * subcommands), their shared options and exit codes ({@code GoVersionOption}, {@code ExitCodes},
 * {@code ProgramInput}), and the terminal output only commands print. This is the one package that imports
 * picocli; a command parses its options, calls the package that does the work and turns the result into output
 * and an exit code. It may use every other package; none uses it.
 */
package defercheck.cli;
