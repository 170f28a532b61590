/**
 * The syntax tree: records with spans for declarations, statements, expressions and types, and the visitor
 * over statements. Plain data: it may use {@code source} and {@code syntax.token}, never the parser
 * ({@code syntax}) that builds it, nor the checker that reads it.
 */
package defercheck.syntax.ast;
