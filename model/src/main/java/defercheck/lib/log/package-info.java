/**
 * Package log's output format ({@link defercheck.lib.log.LogLine}, {@link defercheck.lib.log.LogFlags}) with a
 * virtual clock ({@link defercheck.lib.log.LogTime}): the model stamps log lines with a fixed time, so only
 * the date and time digits of a header differ from a real run.
 */
package defercheck.lib.log;
