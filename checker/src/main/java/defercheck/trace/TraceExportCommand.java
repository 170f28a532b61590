package defercheck.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code defercheck trace export --format itf|tla|html FILE [--machine M] [--out OUT]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a trace: ITF JSON (Apalache/Quint), a TLA+ module with Trace == << ... >>,",
                "or one self-contained HTML report. ITF and TLA+ hold one machine (default: the divergent one,",
                "else the reference); HTML holds every machine."})
final class TraceExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "F", description = "itf, tla or html")
    String format;

    @Option(names = "--machine", paramLabel = "M", description = "the machine to export (itf, tla)")
    String machine;

    @Option(names = "--out", paramLabel = "OUT", description = "output file (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text;
        try {
            Trace t = TraceReader.read(file);
            TraceMachine m = machine != null ? t.machine(machine)
                    : t.divergence() != null ? t.machine(t.divergence().machine()) : t.machines().get(0);
            String name = file.getFileName().toString();
            switch (format) {
                case "itf": text = ItfExport.render(t, m, name); break;
                case "tla": text = TlaExport.render(t, m, moduleName()); break;
                case "html": text = HtmlReport.render(t, name); break;
                default:
                    spec.commandLine().getErr().println("trace export: --format must be itf, tla or html");
                    return TraceCommand.EX_USAGE;
            }
        } catch (IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println("trace export: " + e.getMessage());
            return TraceCommand.EX_DATAERR;
        }
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    /** SANY wants the module named like its file: the --out stem, else one made from the input's name. */
    private String moduleName() {
        String stem = (out != null ? out : file).getFileName().toString().replaceFirst("\\..*$", "");
        String id = stem.replaceAll("[^A-Za-z0-9_]", "_");
        return out != null ? id : "Trace_" + id;
    }
}
