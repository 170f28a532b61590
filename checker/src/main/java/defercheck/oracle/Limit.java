package defercheck.oracle;

/**
 * What batches cost when nothing else of the oracle runs: building them, running their processes, and checking
 * their programs against the model, each as wall time and CPU time (the JVM's and its children's: the build
 * tools, the batch's processes; the JVM's compiler threads too, though a batch before these warmed it up), with
 * the JVM's own share of the build (printing and writing the sources) and of the runs (starting processes,
 * reading their output). It bounds the oracle's rate on a machine: with builds overlapping the runs (as the
 * oracle does) it can go no faster than the slower of the two, and on {@code cores} idle cores no faster than
 * all the CPU time spread over them.
 */
public record Limit(int programs, long buildMillis, long buildCpuMillis, long buildJvmCpuMillis, long runMillis,
                    long runCpuMillis, long runJvmCpuMillis, long checkMillis, long checkCpuMillis, long processes) {

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

    /** The costs of this batch and {@code o} together. */
    public Limit plus(Limit o) {
        return new Limit(programs + o.programs, buildMillis + o.buildMillis, buildCpuMillis + o.buildCpuMillis,
                buildJvmCpuMillis + o.buildJvmCpuMillis, runMillis + o.runMillis, runCpuMillis + o.runCpuMillis,
                runJvmCpuMillis + o.runJvmCpuMillis, checkMillis + o.checkMillis, checkCpuMillis + o.checkCpuMillis,
                processes + o.processes);
    }

    /** CPU-seconds of a phase per 1,000 programs. */
    public double perThousand(long cpuMillis) {
        return programs == 0 ? 0 : cpuMillis / (double) programs;
    }
}
