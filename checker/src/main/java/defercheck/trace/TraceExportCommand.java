package defercheck.trace;

import java.io.IOException;
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
                "(explorer core and core-calculus programs; the .cfg is written beside --out; it prints whether TLC",
                "should pass or, for a divergent machine, report the mismatch), or one self-contained HTML report.",
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
    public Integer call() throws Exception {
        if (!List.of("itf", "tla", "html").contains(format)) {
            spec.commandLine().getErr().println("trace export: --format must be itf, tla or html");
            return TraceCommand.EX_USAGE;
        }
        if (format.equals("tla") && (out == null || !out.getFileName().toString().endsWith(".tla"))) {
            spec.commandLine().getErr().println("trace export: --format tla needs --out NAME.tla (TLC reads the"
                    + " module NAME and the NAME.cfg written beside it)");
            return TraceCommand.EX_USAGE;
        }
        String text;
        try {
            Trace t = TraceReader.read(file);
            TraceMachine m = machine != null ? t.machine(machine)
                    : t.divergence() != null ? t.machine(t.divergence().machine()) : t.machines().get(0);
            if (format.equals("tla")) {
                createParent(out);
                TlaTraceFile.Written w = TlaTraceFile.write(t, m, out, specDir);
                spec.commandLine().getOut().println(w.tla());
                spec.commandLine().getOut().println(w.expectation());
                return 0;
            }
            String name = file.getFileName().toString();
            text = format.equals("itf") ? ItfExport.render(t, m, name) : HtmlReport.render(t, name);
        } catch (TlaTraceFile.NoSpec e) {
            spec.commandLine().getErr().println("trace export: " + file + ": " + e.getMessage());
            return TraceCommand.EX_DATAERR;
        } catch (IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println("trace export: " + e.getMessage());
            return TraceCommand.failure(e);
        }
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            createParent(out);
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private static void createParent(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
    }
}
