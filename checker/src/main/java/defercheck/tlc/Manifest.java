package defercheck.tlc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * spec/manifest.json: for every MC model, the expected TLC result and the measured counts. Mutant models expect
 * a failure, of the invariant or property that must catch the mutant; their counts are those at TLC's first error
 * with one worker (breadth-first, so deterministic). The coverage gate's allow-list ({@link CoverageGate}) is here
 * too.
 *
 * @param tlc      the TLC version the counts were measured with
 * @param coverage the coverage gate's allowances
 * @param models   one entry per cfg
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(@JsonProperty("tlc") String tlc, @JsonProperty("coverage") Coverage coverage,
                       @JsonProperty("models") List<Entry> models) {

    /**
     * The coverage gate's allow-list.
     *
     * @param allow branches no model of the default profile need reach, each with its reason
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coverage(@JsonProperty("allow") List<Allowance> allow) {
        public Coverage {
            allow = allow == null ? List.of() : List.copyOf(allow);
        }
    }

    /**
     * A branch the gate lets off.
     *
     * @param spec   the spec whose models need not reach it
     * @param module the module the branch is written in
     * @param branch the branch as the gate names it, e.g. "ELSE of IF GoMinor >= 14"
     * @param reason why no model reaches it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Allowance(@JsonProperty("spec") String spec, @JsonProperty("module") String module,
                            @JsonProperty("branch") String branch, @JsonProperty("reason") String reason) {
        public Allowance {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an allowance for " + module + ": " + branch + " needs a reason");
            }
        }
    }

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
     * @param spec           the spec whose rules the model checks (a passing model's coverage counts for it) or,
     *                       for a mutant, the spec the mutant changes (a mapping mutant: "mapping of S")
     * @param mutant         the mutant's name (the cfg's Mutant), or null for a model of the specs as they are
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(@JsonProperty("model") String model, @JsonProperty("module") String module,
                        @JsonProperty("cfg") String cfg,
                        @JsonProperty("expected") String expected,
                        @JsonProperty("distinctStates") long distinctStates,
                        @JsonProperty("totalStates") long totalStates,
                        @JsonProperty("depth") int depth,
                        @JsonProperty("profile") String profile,
                        @JsonProperty("workers") int workers,
                        @JsonProperty("spec") String spec,
                        @JsonProperty("mutant") String mutant) {
        public boolean expectsFailure() {
            return !"success".equals(expected);
        }
    }

    public Manifest {
        coverage = coverage == null ? new Coverage(List.of()) : coverage;
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
