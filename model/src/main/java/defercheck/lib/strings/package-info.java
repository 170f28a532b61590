/**
 * Go's strings package over byte strings: searching ({@link defercheck.lib.strings.StringSearch}), splitting
 * and joining ({@link defercheck.lib.strings.StringSplit}), trimming ({@link defercheck.lib.strings.StringTrim}),
 * case mapping, Map and EqualFold with each release's Unicode tables
 * ({@link defercheck.lib.strings.StringCase}), Replace and Repeat
 * ({@link defercheck.lib.strings.StringReplace}). The byte-slice functions of package bytes that share the
 * algorithm (Equal, Compare, Contains, Index, HasPrefix...) give the same answers on the same bytes.
 */
package defercheck.lib.strings;
