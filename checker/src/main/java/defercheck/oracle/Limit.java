package defercheck.oracle;

/**
 * What one batch costs when nothing else of the oracle runs: building it, running its processes, and checking
 * its programs against the model, each as wall time and CPU time (the JVM's and its children's: the build
 * tools, the batch's processes; the JVM's compiler threads too, though a batch before this one warmed it up). It bounds the oracle's rate on a machine: with builds overlapping the runs
 * (as the oracle does) it can go no faster than the slower of the two, and on {@code cores} idle cores no faster
 * than all the CPU time spread over them.
 */
public record Limit(int programs, long buildMillis, long buildCpuMillis, long runMillis, long runCpuMillis,
                    long checkMillis, long checkCpuMillis, long processes) {

    /** Programs per second if the CPU time of build, runs and checks were spread over {@code cores} cores. */
    public double cpuBound(int cores) {
        long cpu = buildCpuMillis + runCpuMillis + checkCpuMillis;
        return cpu == 0 ? 0 : programs * 1000.0 * cores / cpu;
    }

    /** Programs per second with one build at a time overlapping the runs and checks of the batch before. */
    public double pipelineBound() {
        long slower = Math.max(buildMillis, runMillis + checkMillis);
        return slower == 0 ? 0 : programs * 1000.0 / slower;
    }
}
