package defercheck.tlc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * spec/manifest.json: for every MC model, the expected TLC result and the measured counts. Bug models expect a
 * failure; their counts are those at TLC's first error with one worker (breadth-first, so deterministic).
 *
 * @param tlc    the TLC version the counts were measured with
 * @param models one entry per cfg
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(@JsonProperty("tlc") String tlc, @JsonProperty("models") List<Entry> models) {

    /**
     * One model.
     *
     * @param model          the model's name: the cfg's base name, used for traces/tlc/MODEL.json
     * @param module         the MC module (without .tla); several cfgs may share one
     * @param cfg            the cfg file
     * @param expected       "success", "invariant X violated" or "property X violated"
     * @param distinctStates distinct states
     * @param totalStates    states generated
     * @param depth          search depth
     * @param profile        "default" (checked by mvn test) or "large" (-Ptlc-large)
     * @param workers        TLC workers to use
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(@JsonProperty("model") String model, @JsonProperty("module") String module,
                        @JsonProperty("cfg") String cfg,
                        @JsonProperty("expected") String expected,
                        @JsonProperty("distinctStates") long distinctStates,
                        @JsonProperty("totalStates") long totalStates,
                        @JsonProperty("depth") int depth,
                        @JsonProperty("profile") String profile,
                        @JsonProperty("workers") int workers) {
        public boolean expectsFailure() {
            return !"success".equals(expected);
        }
    }

    public Manifest {
        models = List.copyOf(models);
    }

    public static Manifest read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), Manifest.class);
    }

    public Optional<Entry> find(String model) {
        return models.stream().filter(e -> e.model().equals(model)).findFirst();
    }

    public List<Entry> inProfile(String profile) {
        return models.stream().filter(e -> profile.equals(e.profile())).toList();
    }
}
