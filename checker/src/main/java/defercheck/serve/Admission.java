package defercheck.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bounded queue of runs: at most {@code workers} run at once and {@code queue} more wait for a turn; a request
 * beyond those is refused at once (the server answers 429) instead of piling up threads and memory.
 */
final class Admission {
    private final Semaphore admitted;
    private final Semaphore running;

    Admission(int workers, int queue) {
        this.admitted = new Semaphore(workers + queue);
        this.running = new Semaphore(workers, true);
    }

    /** A place in the queue, or false when the queue is full. */
    boolean enter() {
        return admitted.tryAcquire();
    }

    /** Waits for a worker until the deadline; false when the time ran out while queued. */
    boolean start(long deadlineNanos) throws InterruptedException {
        return running.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    void finish() {
        running.release();
    }

    void leave() {
        admitted.release();
    }
}
