package defercheck.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trace file recorded again from the program, Go version and mutant it holds, keeping what it says about itself
 * (kind, description, bound, rank, core form). For when the machines report more in traces than they did when the
 * file was written; the observables cannot change that way, so a file whose machines now disagree with what it
 * recorded as observable is refused.
 */
public final class TraceRefresh {
    private TraceRefresh() {
    }

    /**
     * Records FILE's machine traces again, keeping what it says about itself; says what happened: left as it is
     * (a TLC counterexample), unchanged, or recorded again. Throws when the machines now give other observables.
     */
    public static String refresh(Path f) throws IOException {
        Trace t = TraceReader.read(f);
        if (t.tlc()) {
            return "a TLC counterexample, left as it is";
        }
        String json = TraceWriter.render(new TraceWriter.Origin(t.kind(), t.description(), t.bound(), t.rank(),
                t.core()), t.source(), Replay.compile(t.source(), Replay.suite(t).version()), Replay.suite(t),
                t.schedule());
        Trace again = TraceReader.parse(json, f + " recorded again");
        for (int i = 0; i < t.machines().size(); i++) {
            if (!t.machines().get(i).observables().equals(again.machines().get(i).observables())) {
                throw new IllegalArgumentException(f + ": machine " + t.machines().get(i).name() + " now gives"
                        + " other observables than the file recorded; record this program again instead");
            }
        }
        if (json.equals(Files.readString(f, StandardCharsets.UTF_8))) {
            return "unchanged";
        }
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return "recorded again";
    }
}
