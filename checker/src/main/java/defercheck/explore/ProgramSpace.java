package defercheck.explore;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreToken;
import defercheck.coreprogram.TokenCodec;

/**
 * The canonical core programs of a bound, ranked: {@link #program(long)} and {@link #rank(CoreProgram)} are
 * inverse bijections between {@code [0, size())} and the space. Order is smallest first (by statement count),
 * then by the token order of {@link Grammar}. Counts are exact, computed by dynamic programming over the
 * grammar's states. Not thread-safe (the count memo fills lazily): give each thread its own.
 */
public final class ProgramSpace {
    private final Grammar grammar;
    private final LongLongMap memo = new LongLongMap();
    private final long[] bySize;
    private final long[] offset;
    private final int[][] tokenBuf;
    private final long[][] nextBuf;

    public ProgramSpace(Bound bound) {
        this.grammar = new Grammar(bound);
        int depthMax = maxTokens(bound) + 2;
        tokenBuf = new int[depthMax][grammar.maxAlternatives()];
        nextBuf = new long[depthMax][grammar.maxAlternatives()];
        bySize = new long[bound.size() + 1];
        offset = new long[bound.size() + 2];
        for (int s = 0; s <= bound.size(); s++) {
            bySize[s] = count(Grammar.initial(), s, 0);
            offset[s + 1] = Math.addExact(offset[s], bySize[s]);
        }
    }

    /** Longest token string: every statement, plus one END per body and one HEADER per function. */
    static int maxTokens(Bound b) {
        return 2 * b.size() + 2 * (b.functions() + 1) + 2;
    }

    public Bound bound() {
        return grammar.bound();
    }

    /** The number of programs in the space. */
    public long size() {
        return offset[offset.length - 1];
    }

    /** The number of programs with exactly {@code statements} statements. */
    public long countOfSize(int statements) {
        return bySize[statements];
    }

    /** The rank of the first program with {@code statements} statements. */
    public long firstOfSize(int statements) {
        return offset[statements];
    }

    Grammar grammar() {
        return grammar;
    }

    /** CoreToken strings from state {@code s} that spend exactly {@code n} statements. */
    long count(long s, int n) {
        return count(s, n, 0);
    }

    private long count(long s, int n, int level) {
        if (s == Grammar.ACCEPT) {
            return n == 0 ? 1 : 0;
        }
        long key = s | (long) n << 48;
        long known = memo.get(key);
        if (known >= 0) {
            return known;
        }
        int[] tokens = tokenBuf[level];
        long[] next = nextBuf[level];
        int alts = grammar.alternatives(s, tokens, next);
        long total = 0;
        for (int a = 0; a < alts; a++) {
            int rest = n - CoreToken.cost(tokens[a]);
            if (rest >= 0) {
                total = Math.addExact(total, count(next[a], rest, level + 1));
            }
        }
        memo.put(key, total);
        return total;
    }

    /** The token string of the program of rank {@code index}; writes into {@code out}, returns its length. */
    int tokens(long index, int[] out) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("rank " + index + " outside [0, " + size() + ")");
        }
        int n = 0;
        while (offset[n + 1] <= index) {
            n++;
        }
        long rest = index - offset[n];
        long s = Grammar.initial();
        int len = 0;
        int[] tokens = new int[grammar.maxAlternatives()];
        long[] next = new long[tokens.length];
        while (s != Grammar.ACCEPT) {
            int alts = grammar.alternatives(s, tokens, next);
            int a = 0;
            for (; a < alts; a++) {
                int left = n - CoreToken.cost(tokens[a]);
                long c = left < 0 ? 0 : count(next[a], left, 0);
                if (rest < c) {
                    break;
                }
                rest -= c;
            }
            if (a == alts) {
                throw new AssertionError("rank walk fell off the grammar");
            }
            out[len++] = tokens[a];
            n -= CoreToken.cost(tokens[a]);
            s = next[a];
        }
        return len;
    }

    /** The program of rank {@code index}. */
    public CoreProgram program(long index) {
        int[] buf = new int[maxTokens(bound())];
        int len = tokens(index, buf);
        return TokenCodec.decode(buf, len);
    }

    /** The rank of {@code p}; IllegalArgumentException when p is not a canonical program of this space. */
    public long rank(CoreProgram p) {
        int[] toks = TokenCodec.encode(p);
        int n = 0;
        for (int t : toks) {
            n += CoreToken.cost(t);
        }
        if (n > bound().size()) {
            throw new IllegalArgumentException("program has " + n + " statements; the bound allows " + bound().size());
        }
        long r = offset[n];
        long s = Grammar.initial();
        int[] tokens = new int[grammar.maxAlternatives()];
        long[] next = new long[tokens.length];
        for (int t : toks) {
            int alts = grammar.alternatives(s, tokens, next);
            int a = 0;
            for (; a < alts && tokens[a] != t; a++) {
                int left = n - CoreToken.cost(tokens[a]);
                r += left < 0 ? 0 : count(next[a], left, 0);
            }
            if (a == alts) {
                throw new IllegalArgumentException("not a canonical program of " + bound().name() + ": " + p);
            }
            n -= CoreToken.cost(t);
            s = next[a];
        }
        if (s != Grammar.ACCEPT || n != 0) {
            throw new IllegalArgumentException("not a complete program of " + bound().name() + ": " + p);
        }
        return r;
    }
}
