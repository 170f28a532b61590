/**
 * Named properties over a run's events: "always" properties, whose failing run is a bug, and "sometimes"
 * properties, whose satisfying run is a witness. Owns the built-in ones (LIFO order, at most once, every defer
 * runs, named and unnamed results), which match a deferred call's start to its push by the call object, and
 * the five claims of docs/semantics.md with the witness that decides each. It may use {@code coreprogram},
 * {@code explore} (to search a bound for witnesses) and the model ({@code ir}, {@code plan}, {@code runtime},
 * {@code semantics}, {@code source}).
 */
package defercheck.properties;
