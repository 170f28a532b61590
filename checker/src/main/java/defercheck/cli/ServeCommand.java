package defercheck.cli;

import defercheck.serve.Playground;
import defercheck.serve.ServeLimits;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code defercheck serve}: the playground on this machine, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the playground: a local page on which a program is edited, run on the model with any"
                + " Go version and machine, and stepped through with its state drawn, machines side by side.",
                "It binds to 127.0.0.1 unless --bind says otherwise (then it warns: anyone who can reach the port"
                        + " can run programs on the model). Programs are interpreted: they never touch files or"
                        + " the network."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Option(names = "--max-source", defaultValue = "65536", paramLabel = "BYTES",
            description = "largest request body (default: ${DEFAULT-VALUE})")
    int maxSource;

    @Option(names = "--max-steps", defaultValue = "5000000", paramLabel = "N",
            description = "step budget of a run; past it the run ends with exit 124 (default: ${DEFAULT-VALUE})")
    long maxSteps;

    @Option(names = "--time-limit", defaultValue = "10", paramLabel = "SECONDS",
            description = "time limit of a request, queueing included (default: ${DEFAULT-VALUE})")
    int timeLimit;

    @Option(names = "--workers", defaultValue = "2", description = "runs at once (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--queue", defaultValue = "8", description = "runs that may wait; beyond them a request gets 429"
            + " (default: ${DEFAULT-VALUE})")
    int queue;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServeLimits limits;
        InetAddress address;
        try {
            limits = new ServeLimits(maxSource, maxSteps, ServeLimits.DEFAULT.maxDepth(), timeLimit * 1000L, workers,
                    queue);
            address = InetAddress.getByName(bind);
        } catch (IllegalArgumentException | UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String warning = warning(address);
        if (warning != null) {
            err.println(warning);
        }
        Playground p = Playground.start(new InetSocketAddress(address, port), limits);
        InetSocketAddress at = p.address();
        String host = at.getAddress().isAnyLocalAddress() ? "127.0.0.1" : at.getAddress().getHostAddress();
        spec.commandLine().getOut().println("defercheck playground: http://" + (host.contains(":") ? "[" + host + "]"
                : host) + ":" + at.getPort() + "/  (Ctrl-C stops it)");
        spec.commandLine().getOut().flush();
        err.flush();
        new CountDownLatch(1).await();
        return 0;
    }

    /** What a bind beyond this machine risks, or null for loopback. */
    static String warning(InetAddress address) {
        return address.isLoopbackAddress() ? null : "defercheck: warning: serving on " + address.getHostAddress()
                + ", not loopback: anyone who can reach this port can run programs on the model (they are"
                + " interpreted and touch no files or network, but use this machine's CPU)";
    }
}
