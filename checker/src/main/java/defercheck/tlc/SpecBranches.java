package defercheck.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.st.Location;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * The branches of every IF/THEN/ELSE and CASE in the spec modules a model reads, found by parsing them with
 * SANY (the parser TLC runs): for each, the source range of the construct and of each branch's expression. The
 * coverage gate asks of each branch whether TLC evaluated anything inside it.
 */
public final class SpecBranches {

    /**
     * One branch.
     *
     * @param construct   the whole IF or CASE
     * @param branch      the expression that runs when the branch is taken
     * @param description "THEN of IF cond", "ELSE of IF cond", "CASE guard ->" or "CASE OTHER ->", as in the source
     * @param evidence    where a count shows the branch was taken: the branch itself and, when the branch only
     *                    applies an operator of the specs (THEN Recovery), that operator's body, which is where TLC
     *                    counts it
     */
    public record Branch(SourceRange construct, SourceRange branch, String description, List<SourceRange> evidence) {
        public Branch {
            evidence = List.copyOf(evidence);
        }

        public Branch(SourceRange construct, SourceRange branch, String description) {
            this(construct, branch, description, List.of(branch));
        }
    }

    private static final List<String> STANDARD = List.of("Naturals", "Integers", "Sequences", "FiniteSets", "TLC",
            "Bags", "Reals", "RealTime", "Randomization", "TLCExt", "Json", "Toolbox");
    private static final Object SANY_LOCK = new Object();

    private final Path specDir;
    private final Path standardDir;

    /** {@code workDir} receives copies of TLA+'s standard modules, so SANY never shares java.io.tmpdir. */
    public SpecBranches(Path specDir, Path workDir) throws IOException {
        this.specDir = specDir;
        this.standardDir = Files.createDirectories(workDir.resolve("standard-modules"));
        for (String m : STANDARD) {
            try (InputStream in = SANY.class.getClassLoader()
                    .getResourceAsStream("tla2sany/StandardModules/" + m + ".tla")) {
                if (in != null && !Files.exists(standardDir.resolve(m + ".tla"))) {
                    Files.copy(in, standardDir.resolve(m + ".tla"));
                }
            }
        }
    }

    /** Every branch in the modules of spec/ that {@code rootModule} reads (not TLA+'s standard modules), in order. */
    public List<Branch> of(String rootModule) throws IOException {
        ModuleNode[] modules = parse(rootModule);
        TreeMap<SourceRange, Branch> found = new TreeMap<>();
        Set<SemanticNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ModuleNode m : modules) {
            for (OpDefNode d : m.getOpDefs()) {
                walk(d.getBody(), seen, found);
            }
        }
        return List.copyOf(found.values());
    }

    private ModuleNode[] parse(String rootModule) throws IOException {
        String file = specDir.resolve(rootModule + ".tla").toString();
        SimpleFilenameToStream resolver = new SimpleFilenameToStream(
                new String[] {specDir.toString(), standardDir.toString()});
        SpecObj spec = new SpecObj(file, resolver);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        synchronized (SANY_LOCK) {  // SANY reports through ToolIO's static streams
            PrintStream out = ToolIO.out;
            PrintStream err = ToolIO.err;
            ToolIO.out = quiet;
            ToolIO.err = quiet;
            try {
                SANY.frontEndMain(spec, file, quiet);
            } catch (FrontEndException e) {
                throw new IOException("SANY could not parse " + file + ": " + e.getMessage(), e);
            } finally {
                ToolIO.out = out;
                ToolIO.err = err;
            }
        }
        if (spec.getErrorLevel() != 0 || spec.getExternalModuleTable() == null) {
            throw new IOException("SANY could not parse " + file + " (" + spec.getSemanticErrors() + ")");
        }
        return spec.getExternalModuleTable().getModuleNodes();
    }

    private void walk(SemanticNode node, Set<SemanticNode> seen, TreeMap<SourceRange, Branch> found)
            throws IOException {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof OpApplNode a && inSpecDir(a)) {
            String op = a.getOperator().getName().toString();
            if (op.equals("$IfThenElse")) {
                ifBranches(a, found);
            } else if (op.equals("$Case")) {
                caseBranches(a, found);
            }
        }
        if (node instanceof LetInNode let) {
            for (OpDefNode d : let.getLets()) {
                walk(d.getBody(), seen, found);
            }
        }
        SemanticNode[] children = node.getChildren();
        if (children != null) {
            for (SemanticNode c : children) {
                if (!(c instanceof OpDefNode)) {  // definitions are walked from their modules
                    walk(c, seen, found);
                }
            }
        }
    }

    private void ifBranches(OpApplNode a, TreeMap<SourceRange, Branch> found) throws IOException {
        ExprOrOpArgNode[] args = a.getArgs();
        SourceRange construct = range(a);
        String cond = firstLine(args[0]);
        add(found, new Branch(construct, range(args[1]), "THEN of IF " + cond, evidence(args[1])));
        add(found, new Branch(construct, range(args[2]), "ELSE of IF " + cond, evidence(args[2])));
    }

    private void caseBranches(OpApplNode a, TreeMap<SourceRange, Branch> found) throws IOException {
        SourceRange construct = range(a);
        for (ExprOrOpArgNode arm : a.getArgs()) {
            ExprOrOpArgNode[] pair = ((OpApplNode) arm).getArgs();
            String guard = pair[0] == null ? "OTHER" : firstLine(pair[0]);
            add(found, new Branch(construct, range(pair[1]), "CASE " + guard + " ->", evidence(pair[1])));
        }
    }

    /** The branch, and the body of the operator of the specs it applies, if that is all it does. */
    private List<SourceRange> evidence(SemanticNode branch) {
        if (branch instanceof OpApplNode a && a.getOperator() instanceof OpDefNode d && d.getBody() != null
                && inSpecDir(d.getBody())) {
            return List.of(range(branch), range(d.getBody()));
        }
        return List.of(range(branch));
    }

    /** A node of a module in spec/, not of a standard module. */
    private boolean inSpecDir(SemanticNode n) {
        return Files.isRegularFile(specDir.resolve(n.getLocation().source() + ".tla"));
    }

    private static void add(TreeMap<SourceRange, Branch> found, Branch b) {
        found.putIfAbsent(b.branch(), b);
    }

    private static SourceRange range(SemanticNode n) {
        Location l = n.getLocation();
        return new SourceRange(l.source(), l.beginLine(), l.beginColumn(), l.endLine(), l.endColumn());
    }

    /** The expression's text on its first line, whitespace collapsed. */
    private String firstLine(SemanticNode n) throws IOException {
        SourceRange r = range(n);
        List<String> lines = Files.readAllLines(specDir.resolve(r.module() + ".tla"), StandardCharsets.UTF_8);
        String line = lines.get(r.line() - 1);
        int end = r.endLine() == r.line() ? Math.min(line.length(), r.endCol()) : line.length();
        return line.substring(Math.min(line.length(), r.col() - 1), end).strip().replaceAll("\\s+", " ");
    }
}
