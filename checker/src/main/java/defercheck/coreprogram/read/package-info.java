/**
 * Reading core programs back from the text a trace file stores: the record form ({@code CoreForm}), the Go
 * source {@code GoPrinter} printed ({@code CoreSourceReader}), and the core-language rules both check
 * ({@code CoreLanguage}). A sub-package of the core programs because those rules include the explorer's knobs:
 * it uses {@code explore}'s bounds, and {@code explore} uses the core programs. It may use {@code coreprogram}
 * and {@code explore}.
 */
package defercheck.coreprogram.read;
