/**
 * strconv in Java: formatting and parsing of integers, floats and booleans, NumError, and quoting and
 * unquoting per Go release. Uses lib.unicode for what is printable and source for the Go version.
 */
package defercheck.lib.strconv;
