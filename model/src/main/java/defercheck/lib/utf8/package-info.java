/**
 * UTF-8 as package unicode/utf8 does it, and the string conversions and range loops over strings built on it
 * ({@code []rune(s)}, {@code string(r)}, {@code for i, r := range s}). Uses lib for Go byte strings.
 */
package defercheck.lib.utf8;
