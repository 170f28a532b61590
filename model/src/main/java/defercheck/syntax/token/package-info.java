/**
 * Go's token kinds (spec, "Tokens"), named as gc names them in syntax errors. Shared by the lexer, the
 * parser and the syntax tree, so that neither of those two packages needs the other. Uses no other package.
 */
package defercheck.syntax.token;
