package defercheck.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a test file's build constraints hold for the toolchains here: linux/amd64, gc, no cgo (the tests
 * build with CGO_ENABLED=0), release tags go1.1 to go1.N. Reads {@code //go:build} expressions (with
 * {@code ! && || ( )}) and, in a file without one, the older {@code // +build} lines, only in the header before
 * the package clause, as the test harness does.
 */
final class BuildConstraints {

    private final List<String> tokens = new ArrayList<>();
    private final int goMinor;
    private int pos;

    private BuildConstraints(String expr, int goMinor) {
        this.goMinor = goMinor;
        for (String t : expr.replace("(", " ( ").replace(")", " ) ").replace("!", " ! ")
                .replace("&&", " && ").replace("||", " || ").trim().split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
    }

    static boolean holds(String src, int goMinor) {
        int pkg = src.indexOf("\npackage");
        String header = pkg < 0 ? src : src.substring(0, pkg);
        boolean sawPlusBuild = false;
        boolean plusBuild = true;
        for (String line : header.split("\n")) {
            if (line.startsWith("//go:build ")) {
                return new BuildConstraints(line.substring("//go:build ".length()), goMinor).orExpr();
            }
            if (line.startsWith("// +build ")) {
                sawPlusBuild = true;
                plusBuild &= plusBuildLine(line.substring("// +build ".length()), goMinor);
            }
        }
        return !sawPlusBuild || plusBuild;
    }

    /** A {@code +build} line: space-separated options (OR) of comma-separated terms (AND). */
    private static boolean plusBuildLine(String line, int goMinor) {
        for (String option : line.trim().split("\\s+")) {
            boolean all = true;
            for (String term : option.split(",")) {
                boolean neg = term.startsWith("!");
                all &= tag(neg ? term.substring(1) : term, goMinor) != neg;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    static boolean tag(String t, int goMinor) {
        if (t.matches("go1\\.\\d+")) {
            return Integer.parseInt(t.substring(4)) <= goMinor;
        }
        return t.equals("linux") || t.equals("amd64") || t.equals("unix") || t.equals("gc");
    }

    private boolean orExpr() {
        boolean v = andExpr();
        while (pos < tokens.size() && tokens.get(pos).equals("||")) {
            pos++;
            v |= andExpr();
        }
        return v;
    }

    private boolean andExpr() {
        boolean v = notExpr();
        while (pos < tokens.size() && tokens.get(pos).equals("&&")) {
            pos++;
            v &= notExpr();
        }
        return v;
    }

    private boolean notExpr() {
        if (pos < tokens.size() && tokens.get(pos).equals("!")) {
            pos++;
            return !notExpr();
        }
        if (pos < tokens.size() && tokens.get(pos).equals("(")) {
            pos++;
            boolean v = orExpr();
            pos++;
            return v;
        }
        return pos < tokens.size() && tag(tokens.get(pos++), goMinor);
    }
}
