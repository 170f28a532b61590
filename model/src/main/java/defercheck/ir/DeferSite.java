package defercheck.ir;

import defercheck.source.Span;

/**
 * One {@code defer} statement. {@code index} orders the sites of a function by source position, which is
 * also their deferBits bit number when the function is open-coded. {@code inLoop} is true when the statement
 * sits inside a {@code for} (loop depth &gt; 1 in escape analysis terms), which forces a heap record.
 */
public record DeferSite(int index, Span span, boolean inLoop, String calleeText) { }
