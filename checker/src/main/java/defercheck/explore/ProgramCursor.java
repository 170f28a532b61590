package defercheck.explore;

import defercheck.coreprogram.CoreProgram;
import defercheck.coreprogram.CoreToken;
import defercheck.coreprogram.TokenCodec;

/**
 * Walks a space in rank order by successor instead of unranking every program afresh. It keeps the token
 * string of the current program with, per position, the grammar state, the alternatives offered there, the
 * one chosen and the statements still to spend. The next program of the same size changes the last position
 * that has a later alternative with a completion, then completes the rest with the first alternatives that
 * have one (smallest first, the order of {@link ProgramSpace#tokens}); after the last program of a size comes
 * the first of the next non-empty size. ProgramCursorTest checks it against {@link ProgramSpace#program}.
 */
final class ProgramCursor {
    private final ProgramSpace space;
    private final Grammar grammar;
    private final int[] tokens;
    private final long[] state;
    private final int[] budget;
    private final int[] chosen;
    private final int[] alternatives;
    private final int[][] altTokens;
    private final long[][] altNext;
    private int length;
    private int size;
    private long rank = -1;

    ProgramCursor(ProgramSpace space) {
        this.space = space;
        this.grammar = space.grammar();
        int max = ProgramSpace.maxTokens(space.bound()) + 1;
        int width = grammar.maxAlternatives();
        tokens = new int[max];
        state = new long[max];
        budget = new int[max];
        chosen = new int[max];
        alternatives = new int[max];
        altTokens = new int[max][width];
        altNext = new long[max][width];
    }

    void seek(long r) {
        rank = r;
        length = space.tokens(r, tokens);
        size = 0;
        for (int k = 0; k < length; k++) {
            size += CoreToken.cost(tokens[k]);
        }
        long s = Grammar.initial();
        int n = size;
        for (int k = 0; k < length; k++) {
            offer(k, s, n);
            int a = 0;
            while (altTokens[k][a] != tokens[k]) {
                a++;
            }
            chosen[k] = a;
            n -= CoreToken.cost(tokens[k]);
            s = altNext[k][a];
        }
    }

    void advance() {
        if (rank + 1 >= space.size()) {
            throw new java.util.NoSuchElementException("rank " + (rank + 1) + " is past the end of the space");
        }
        rank++;
        for (int k = length - 1; k >= 0; k--) {
            for (int a = chosen[k] + 1; a < alternatives[k]; a++) {
                if (completes(k, a)) {
                    take(k, a);
                    complete(k + 1);
                    return;
                }
            }
        }
        do {
            size++;
        } while (space.countOfSize(size) == 0);
        offer(0, Grammar.initial(), size);
        complete(0);
    }

    CoreProgram program() {
        return TokenCodec.decode(tokens, length);
    }

    /** The current program's token string (valid up to {@link #length()} until the next move). */
    int[] tokens() {
        return tokens;
    }

    int length() {
        return length;
    }

    long rank() {
        return rank;
    }

    /** Lists the alternatives at position {@code k}, in state {@code s}, with {@code n} statements to spend. */
    private void offer(int k, long s, int n) {
        state[k] = s;
        budget[k] = n;
        alternatives[k] = grammar.alternatives(s, altTokens[k], altNext[k]);
    }

    private boolean completes(int k, int a) {
        int left = budget[k] - CoreToken.cost(altTokens[k][a]);
        return left >= 0 && space.count(altNext[k][a], left) > 0;
    }

    private void take(int k, int a) {
        chosen[k] = a;
        tokens[k] = altTokens[k][a];
    }

    /** Fills positions from {@code k} on (whose state and budget are set) with the smallest completion. */
    private void complete(int k) {
        if (k > 0) {
            int prev = k - 1;
            long s = altNext[prev][chosen[prev]];
            int n = budget[prev] - CoreToken.cost(tokens[prev]);
            if (s == Grammar.ACCEPT) {
                length = k;
                return;
            }
            offer(k, s, n);
        }
        while (true) {
            int a = 0;
            while (!completes(k, a)) {
                a++;
            }
            take(k, a);
            long s = altNext[k][a];
            int n = budget[k] - CoreToken.cost(tokens[k]);
            k++;
            if (s == Grammar.ACCEPT) {
                length = k;
                return;
            }
            offer(k, s, n);
        }
    }
}
