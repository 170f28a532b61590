package defercheck.cli;

import defercheck.explore.Progress;
import java.io.PrintWriter;

/** Progress on one rewritten stderr line: done/total, percent, rate, ETA. */
final class TerminalProgress implements Progress {
    private final PrintWriter err;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, long elapsedMs) {
        double rate = elapsedMs == 0 ? 0 : done * 1000.0 / elapsedMs;
        long eta = rate == 0 ? 0 : Math.round((total - done) / rate);
        err.printf("\r%,d/%,d (%.1f%%) %,.0f programs/s, ETA %d:%02d:%02d   ", done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, eta / 3600, eta / 60 % 60, eta % 60);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
