/**
 * The lexer and the recursive-descent parser of the Go subset, one method per grammar rule of the Go
 * spec, reporting syntax errors in gc's wording and resynchronizing so that one run reports several. It
 * builds the tree of {@code syntax.ast} from the tokens of {@code syntax.token}, and may use
 * {@code source}; nothing above it (no checking, no IR).
 */
package defercheck.syntax;
