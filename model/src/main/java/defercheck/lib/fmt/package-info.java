/**
 * fmt's formatting in Java: Sprintf, Errorf, Sprint and Sprintln over operands shaped as reflect sees them
 * ({@link defercheck.lib.fmt.Operand}), with the method calls fmt makes (Error, String, GoString) asked of the
 * caller and replayed, never run here. Uses lib.strconv for numbers and quoting and source for the Go version.
 */
package defercheck.lib.fmt;
