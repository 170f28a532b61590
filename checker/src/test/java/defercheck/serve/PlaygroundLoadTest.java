package defercheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A load on loopback: {@value #CLIENTS} clients each send {@value #REQUESTS} runs of an example (every machine of
 * Go 1.23 traced) to a playground with its default limits but a minute's time limit. None may fail; the test prints p50 and p99 latency
 * and the whole run's wall time (the README quotes a run of it).
 */
class PlaygroundLoadTest {
    static final int CLIENTS = 8;
    static final int REQUESTS = 10;

    @Test
    void everyRequestSucceedsUnderLoad() throws Exception {
        // The default queue holds 8 waiting runs: the 8 clients never overflow it. The time limit is a minute, not
        // the default 10 s, since a shared build machine may be slow; the latencies printed are what counts.
        ServeLimits d = ServeLimits.DEFAULT;
        Playground p = Playground.start(new InetSocketAddress("127.0.0.1", 0),
                new ServeLimits(d.maxSourceBytes(), d.maxSteps(), d.maxDepth(), 60_000, d.workers(), d.queue()));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            String source = Playground.resource("examples/nested_panic.go");
            PlaygroundClient c = new PlaygroundClient(p);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<Future<Integer>> failures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < CLIENTS; i++) {
                failures.add(clients.submit(() -> {
                    int failed = 0;
                    for (int k = 0; k < REQUESTS; k++) {
                        long t = System.nanoTime();
                        PlaygroundClient.Answer a = c.run(source, "1.23", "real");
                        latencies.add(System.nanoTime() - t);
                        failed += a.status() == 200 && a.json().get("exitCode").asInt() == 0 ? 0 : 1;
                    }
                    return failed;
                }));
            }
            int failed = 0;
            for (Future<Integer> f : failures) {
                failed += f.get(5, TimeUnit.MINUTES);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            assertEquals(0, failed, "failed requests");
            assertEquals(CLIENTS * REQUESTS, latencies.size());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long p50 = sorted.get(sorted.size() / 2) / 1_000_000;
            long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1_000_000;
            System.out.printf("playground load: %d clients x %d requests, 0 failed, p50 %d ms, p99 %d ms, %.1f s"
                    + " wall, %.1f requests/s%n", CLIENTS, REQUESTS, p50, p99, wall, CLIENTS * REQUESTS / wall);
        } finally {
            clients.shutdownNow();
            p.stop();
        }
    }
}
