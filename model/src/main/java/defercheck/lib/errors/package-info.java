/**
 * The parts of package errors that need no Go values ({@link defercheck.lib.errors.JoinedErrors}); errors.New,
 * Is, As and Unwrap work on the model's values, and fmt.Errorf's %w bookkeeping is in {@code lib.fmt}.
 */
package defercheck.lib.errors;
