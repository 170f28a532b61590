package defercheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code defercheck} command line. Exit codes follow sysexits(3): 64 usage, 65 bad input program. */
@Command(name = "defercheck",
        mixinStandardHelpOptions = true,
        version = "defercheck 0.1.0",
        description = "Executable specification and model checker for Go's defer, panic, recover and Goexit.",
        subcommands = {RunCommand.class, PlanCommand.class, MutantsCommand.class, ExploreCommand.class,
                ClaimsCommand.class, BenchCommand.class, TlcCommand.class, OracleCommand.class, TraceCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int EX_USAGE = ExitCodes.USAGE;
    public static final int EX_DATAERR = ExitCodes.DATAERR;
    public static final int EX_NOINPUT = ExitCodes.NOINPUT;
    public static final int EX_SOFTWARE = ExitCodes.SOFTWARE;
    public static final int EX_CANTCREAT = ExitCodes.CANTCREAT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new ByteWriter(System.out);
        PrintWriter err = new ByteWriter(System.err);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams; returns the exit code instead of exiting (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        usageErrorsExit64(cli);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("defercheck: internal error: " + ex
                    + " (this is a defercheck bug; please report it with the input)");
            return EX_SOFTWARE;
        });
        return cli;
    }

    /** Every command, however deep ({@code trace record}), exits 64 on a usage error. */
    private static void usageErrorsExit64(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(EX_USAGE);
        command.getSubcommands().values().forEach(Main::usageErrorsExit64);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'defercheck --help'");
    }
}
