package defercheck.plan;

import defercheck.source.Span;

/**
 * The compiler's choice for one {@code defer} statement: {@code function} is the id in
 * {@link defercheck.ir.Program#functions()}, {@code site} the index in its {@code deferSites}, {@code span}
 * starts at the {@code defer} keyword (the position gc reports).
 */
public record SitePlan(int function, int site, Span span, Allocation allocation) { }
