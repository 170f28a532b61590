package defercheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One stderr line, rewritten every second while a long step runs that reports nothing itself (a forked TLC, a
 * witness search): what runs and for how long. Closing it ends the line.
 */
final class Heartbeat implements AutoCloseable {
    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final long start = System.nanoTime();
    private final Supplier<String> what;

    private Heartbeat(PrintWriter err, Supplier<String> what, long periodMs) {
        this.err = err;
        this.what = what;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "defercheck-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::beat, 0, periodMs, TimeUnit.MILLISECONDS);
    }

    /** A heartbeat when {@code enabled}, else one that prints nothing. */
    static Heartbeat start(boolean enabled, PrintWriter err, Supplier<String> what, long periodMs) {
        return enabled ? new Heartbeat(err, what, periodMs) : null;
    }

    private void beat() {
        long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        synchronized (err) {
            err.printf("\r%s, %d:%02d elapsed   ", what.get(), s / 60, s % 60);
            err.flush();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        beat();
        synchronized (err) {
            err.println();
            err.flush();
        }
    }

    /** Closes a heartbeat that may be absent. */
    static void stop(Heartbeat h) {
        if (h != null) {
            h.close();
        }
    }
}
