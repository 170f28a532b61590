package defercheck.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import defercheck.trace.HtmlReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The playground's HTTP server: the page and its scripts (all from the jar), the bundled examples, and
 * {@code POST /api/run}. Answers: 200 with the run (or the compile errors); 400 for a malformed request, 413 for
 * a body over the size limit, 429 when the run queue is full, 503 when the time limit ran out; every error as
 * {@code {"error": message}} so the page can show it.
 */
public final class Playground {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How much of a too-large body is read and dropped before answering 413. */
    private static final long DRAIN_LIMIT = 16L << 20;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ServeLimits limits;
    private final Admission admission;
    private final RunService runs;

    private Playground(HttpServer server, ServeLimits limits) {
        this.server = server;
        this.limits = limits;
        this.admission = new Admission(limits.workers(), limits.queue());
        this.runs = new RunService(limits);
        defercheck.ir.Type.load(); // before the request threads, which compile programs at once
        // Requests beyond the queue must still be answered (429), so there are more threads than run slots.
        this.threads = Executors.newFixedThreadPool(limits.workers() + limits.queue() + 4, r -> {
            Thread t = new Thread(r, "defercheck-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::page);
        server.createContext("/api/examples", this::examples);
        server.createContext("/api/run", this::run);
    }

    public static Playground start(InetSocketAddress at, ServeLimits limits) throws IOException {
        Playground p = new Playground(HttpServer.create(at, 64), limits);
        p.server.start();
        return p;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void page(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String[] known = {"/", "index.html", "/playground.js", "playground.js", "/playground.css", "playground.css",
                    "/viewer.js", "viewer.js", "/viewer.css", "viewer.css"};
            for (int i = 0; i < known.length; i += 2) {
                if (path.equals(known[i])) {
                    String name = known[i + 1];
                    String text = name.startsWith("viewer") ? HtmlReport.resource(name) : resource(name);
                    send(x, 200, type(name), text);
                    return;
                }
            }
            send(x, 404, "text/plain; charset=utf-8", "no such page: " + path + "\n");
        }
    }

    private void examples(HttpExchange x) throws IOException {
        try (x) {
            send(x, 200, "application/json", JSON.writeValueAsString(Examples.all()));
        }
    }

    private void run(HttpExchange x) throws IOException {
        try (x) {
            if (!x.getRequestMethod().equals("POST")) {
                error(x, 405, "POST a JSON object {\"source\", \"go\", \"machine\"} to /api/run");
                return;
            }
            if (!admission.enter()) {
                error(x, 429, "the playground is busy: " + limits.workers() + " runs are going and "
                        + limits.queue() + " are waiting. Try again in a moment.");
                return;
            }
            try {
                admitted(x);
            } finally {
                admission.leave();
            }
        }
    }

    private void admitted(HttpExchange x) throws IOException {
        long deadline = System.nanoTime() + limits.timeLimitMs() * 1_000_000;
        String body = body(x);
        if (body == null) {
            return;
        }
        RunRequest r;
        try {
            r = RunRequest.parse(body);
        } catch (RunRequest.Bad e) {
            error(x, 400, e.getMessage());
            return;
        }
        try {
            if (!admission.start(deadline)) {
                error(x, 503, "the run waited its whole time limit for a turn; try again");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(x, 503, "the server is stopping");
            return;
        }
        try {
            ObjectNode result = runs.run(r, deadline);
            send(x, 200, "application/json", JSON.writeValueAsString(result));
        } catch (RunService.TimedOut e) {
            error(x, 503, e.getMessage());
        } finally {
            admission.finish();
        }
    }

    /** The body as UTF-8 text, or null after answering 413 (too large) or 400 (not UTF-8). */
    private String body(HttpExchange x) throws IOException {
        byte[] bytes;
        try (InputStream in = x.getRequestBody()) {
            bytes = in.readNBytes(limits.maxSourceBytes() + 1);
            if (bytes.length > limits.maxSourceBytes()) {
                drain(in);
            }
        }
        if (bytes.length > limits.maxSourceBytes()) {
            error(x, 413, "the request is larger than the playground's limit of " + limits.maxSourceBytes()
                    + " bytes; a program to learn defer from fits in far less");
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            error(x, 400, "the request is not UTF-8 text");
            return null;
        }
    }

    /**
     * Reads and drops the rest of a body too large to run, up to {@link #DRAIN_LIMIT}, so that the client, which
     * sends its whole body before it reads, gets the 413 instead of a reset connection. Past the limit the
     * connection is closed unread.
     */
    private static void drain(InputStream in) throws IOException {
        long left = DRAIN_LIMIT;
        byte[] sink = new byte[8192];
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
    }

    private static void error(HttpExchange x, int status, String message) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", message);
        send(x, status, "application/json", JSON.writeValueAsString(n));
    }

    private static void send(HttpExchange x, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        // Nothing on the page may come from elsewhere: the playground works offline and leaks nothing.
        x.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(bytes);
        }
    }

    private static String type(String name) {
        return name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".css")
                ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Playground.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
