package defercheck.cli;

import defercheck.trace.HtmlReport;
import defercheck.trace.ItfExport;
import defercheck.trace.TlaTraceFile;
import defercheck.trace.Trace;
import defercheck.trace.TraceMachine;
import defercheck.trace.TraceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code defercheck trace export --format itf|tla|html FILE [--machine M] [--out OUT]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a trace: ITF JSON (Apalache/Quint), a TLA+ module that TLC checks against the spec",
                "(any program: the .cfg is written beside --out; it prints whether TLC should pass or, for a",
                "divergent machine, report the mismatch), or one self-contained HTML report.",
                "ITF and TLA+ hold one machine (default: the divergent one, else the reference); HTML holds every",
                "machine."})
final class TraceExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "F", description = "itf, tla or html")
    String format;

    @Option(names = "--machine", paramLabel = "M", description = "the machine to export (itf, tla)")
    String machine;

    @Option(names = "--out", paramLabel = "OUT", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--spec-dir", paramLabel = "DIR", defaultValue = "spec",
            description = "folder with the TLA+ models, for --format tla of a TLC counterexample (default: ${DEFAULT-VALUE})")
    Path specDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Integer usage = usageError();
        if (usage != null) {
            return usage;
        }
        Trace t;
        TraceMachine m;
        try {
            t = TraceReader.read(file);
            m = machine != null ? t.machine(machine)
                    : t.divergence() != null ? t.machine(t.divergence().machine()) : t.machines().get(0);
        } catch (IllegalArgumentException | IOException e) {
            err.println("trace export: " + e.getMessage());
            return TraceCommand.failure(e);
        }
        try {
            createParent(out);
            if (format.equals("tla")) {
                TlaTraceFile.Written w = TlaTraceFile.write(t, m, out, specDir);
                spec.commandLine().getOut().println(w.tla());
                spec.commandLine().getOut().println(w.expectation());
                spec.commandLine().getOut().println("run TLC on it: " + TlcByHand.command(w.tla(), specDir));
                return 0;
            }
            String name = file.getFileName().toString();
            write(format.equals("itf") ? ItfExport.render(t, m, name) : HtmlReport.render(t, name));
            return 0;
        } catch (TlaTraceFile.NoSpec e) {
            err.println("trace export: " + file + ": " + e.getMessage());
            return TraceCommand.EX_DATAERR;
        } catch (IllegalArgumentException e) {
            err.println("trace export: " + e.getMessage());
            return TraceCommand.EX_DATAERR;
        } catch (IOException e) {
            err.println("trace export: cannot write " + out + ": " + e);
            return ExitCodes.CANTCREAT;
        }
    }

    /** Options that cannot work together, or an --out TLA+ cannot name a module after: exit 64, nothing read. */
    private Integer usageError() {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("itf", "tla", "html").contains(format)) {
            err.println("trace export: --format must be itf, tla or html");
            return TraceCommand.EX_USAGE;
        }
        if (format.equals("tla") && (out == null || !out.getFileName().toString().endsWith(".tla"))) {
            err.println("trace export: --format tla needs --out NAME.tla (TLC reads the module NAME and the NAME.cfg"
                    + " written beside it)");
            return TraceCommand.EX_USAGE;
        }
        if (format.equals("tla") && !out.getFileName().toString().matches("[A-Za-z][A-Za-z0-9_]*\\.tla")) {
            err.println("trace export: --out " + out + ": a TLA+ module name must be letters, digits, _");
            return TraceCommand.EX_USAGE;
        }
        return null;
    }

    private void write(String text) throws IOException {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }

    private static void createParent(Path file) throws IOException {
        if (file != null && file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
    }
}
