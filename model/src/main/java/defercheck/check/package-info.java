/**
 * Name resolution, scopes, types, constants and the subset's limits, with gc's messages for the language
 * version (docs/semantics.md notes the wording that changed). Whatever the model does not support is
 * reported here as {@code file:line:col: unsupported: ...}, so nothing later misreads it. Reads the tree of
 * {@code syntax.ast}; may use {@code source}, {@code syntax}, {@code syntax.token} and {@code ir} (its
 * types), and produces the {@link defercheck.check.Info} the lowering reads.
 */
package defercheck.check;
