package defercheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import defercheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground's server on loopback: a run answers what {@code run} prints; every bad request (a huge body,
 * binary garbage, malformed JSON, an endless loop, deep recursion, a run past the time limit, a full queue) gets
 * a clean JSON error or a clean result, and the server keeps serving after each.
 */
class PlaygroundTest {
    private static final String CRASH = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"bye\")\n"
            + "\tprintln(\"hi\")\n\tpanic(\"boom\")\n}\n";
    private static final String LOOP = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    private static final String DEEP = "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\n"
            + "func main() {\n\tprintln(f(0))\n}\n";

    @TempDir
    Path dir;

    private Playground server;

    private PlaygroundClient start(ServeLimits limits) throws Exception {
        server = Playground.start(new InetSocketAddress("127.0.0.1", 0), limits);
        return new PlaygroundClient(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** One good run, to show the server still serves. */
    private static void stillServes(PlaygroundClient c) throws Exception {
        PlaygroundClient.Answer a = c.run(CRASH, "1.23", "real");
        assertEquals(200, a.status(), a.text());
        assertEquals(2, a.json().get("exitCode").asInt());
    }

    @Test
    void aRunAnswersWhatRunPrints() throws Exception {
        PlaygroundClient c = start(ServeLimits.DEFAULT);
        Path file = dir.resolve("prog.go");
        Files.writeString(file, CRASH, StandardCharsets.UTF_8);
        for (String machine : new String[] {"real", "abstract", "heap"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of("run", "--go", "1.19"));
            if (!machine.equals("real")) {
                args.addAll(List.of("--strategy", machine));
            }
            args.add(file.toString());
            int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
            PlaygroundClient.Answer a = c.run(CRASH, "1.19", machine);
            assertEquals(200, a.status(), a.text());
            assertEquals(out.toString(), a.json().get("stdout").asText());
            assertEquals(err.toString().replace(file.toString(), "prog.go"), a.json().get("stderr").asText());
            assertEquals(code, a.json().get("exitCode").asInt());
        }
        PlaygroundClient.Answer a = c.run(CRASH, "1.19", "real");
        assertEquals("./prog.go:6:2: open-coded defer", a.json().get("plan").get(0).get("text").asText());
        assertEquals(5, a.json().get("trace").get("machines").size(), "every machine of Go 1.19 for comparing");
        PlaygroundClient.Answer bad = c.run("package main\nfunc main() { x := 1 }\n", "1.23", "real");
        assertEquals(200, bad.status());
        assertEquals("prog.go:2:15: declared and not used: x", bad.json().get("diagnostics").get(0).asText());
    }

    @Test
    void badRequestsGetCleanErrors() throws Exception {
        PlaygroundClient c = start(new ServeLimits(4096, 3_000_000, 100_000, 30_000, 2, 8));
        PlaygroundClient.Answer huge = c.post(new byte[1 << 20]);
        assertEquals(413, huge.status(), huge.text());
        assertTrue(huge.json().get("error").asText().contains("larger than the playground's limit of 4096 bytes"));
        byte[] junk = new byte[2000];
        new Random(3).nextBytes(junk);
        PlaygroundClient.Answer garbage = c.post(junk);
        assertEquals(400, garbage.status(), garbage.text());
        assertTrue(garbage.json().has("error"));
        for (String malformed : new String[] {"{\"source\": ", "[1, 2]", "{\"source\": 7}", "{\"source\": \"\", \"go\": \"1.9\"}",
                "{\"source\": \"\", \"machine\": \"fast\"}", "null"}) {
            PlaygroundClient.Answer a = c.post(malformed.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, a.status(), malformed + ": " + a.text());
            assertFalse(a.json().get("error").asText().isEmpty());
        }
        PlaygroundClient.Answer loop = c.run(LOOP, "1.23", "real");
        assertEquals(200, loop.status(), loop.text());
        assertEquals(124, loop.json().get("exitCode").asInt());
        assertTrue(loop.json().get("limit").asText().contains("more than 3000000 steps"), loop.text());
        PlaygroundClient.Answer deep = c.run(DEEP, "1.23", "real");
        assertEquals(200, deep.status(), deep.text());
        assertEquals(2, deep.json().get("exitCode").asInt());
        assertTrue(deep.json().get("stderr").asText().startsWith("runtime: goroutine stack exceeds 1000000000-byte limit")
                || deep.json().get("stderr").asText().contains("fatal error: stack overflow"), deep.text());
        assertEquals(405, c.get("/api/run").status());
        assertEquals(404, c.get("/etc/passwd").status());
        stillServes(c);
    }

    @Test
    void aRunPastTheTimeLimitIsStopped() throws Exception {
        PlaygroundClient c = start(new ServeLimits(4096, Long.MAX_VALUE, 100_000, 300, 1, 1));
        PlaygroundClient.Answer a = c.run(LOOP, "1.23", "real");
        assertEquals(503, a.status(), a.text());
        assertEquals("the run took longer than the playground's time limit of 0.3 s", a.json().get("error").asText());
        stillServes(c);
    }

    @Test
    void aFullQueueAnswers429() throws Exception {
        PlaygroundClient c = start(new ServeLimits(4096, Long.MAX_VALUE, 100_000, 2_000, 1, 1));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<PlaygroundClient.Answer>> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(pool.submit(() -> c.run(LOOP, "1.23", "real")));
            }
            int busy = 0;
            for (Future<PlaygroundClient.Answer> f : all) {
                PlaygroundClient.Answer a = f.get();
                assertTrue(a.status() == 429 || a.status() == 503, a.text());
                if (a.status() == 429) {
                    busy++;
                    assertTrue(a.json().get("error").asText().startsWith("the playground is busy"), a.text());
                }
            }
            assertTrue(busy >= 4, "one runs, one waits, the others are refused: " + busy + " refused");
        } finally {
            pool.shutdownNow();
        }
        stillServes(new PlaygroundClient(server));
    }

    @Test
    void thePageLoadsNothingFromTheNetwork() throws Exception {
        PlaygroundClient c = start(ServeLimits.DEFAULT);
        PlaygroundClient.Answer page = c.get("/");
        assertEquals(200, page.status());
        for (String asset : new String[] {"/", "/playground.js", "/playground.css", "/viewer.js", "/viewer.css"}) {
            String text = c.get(asset).text();
            assertFalse(text.matches("(?s).*(src|href)=\"(https?:)?//.*") || text.contains("url(http")
                    || text.contains("fetch(\"http"), asset + " loads something from the network");
        }
        assertEquals(5, c.get("/api/examples").json().size());
    }
}
