package defercheck.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A test's HTTP client for one playground. */
final class PlaygroundClient {
    record Answer(int status, JsonNode json, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    PlaygroundClient(Playground p) {
        this.base = "http://127.0.0.1:" + p.address().getPort();
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        return answer(r);
    }

    Answer post(byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/run"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return answer(r);
    }

    Answer run(String source, String go, String machine) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("source", source).put("go", go).put("machine", machine).toString();
        return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Answer answer(HttpResponse<String> r) {
        JsonNode j = null;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            try {
                j = JSON.readTree(r.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + r.body(), e);
            }
        }
        return new Answer(r.statusCode(), j, r.body());
    }
}
