package defercheck.explore;

/** Receives the explorer's progress a few times a second. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, elapsedMs) -> { };

    void update(long done, long total, long elapsedMs);
}
