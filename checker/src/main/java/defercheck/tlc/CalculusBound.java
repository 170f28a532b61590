package defercheck.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CONSTANTS of spec/Calculus.tla (NumFuncs, BodyLen, Values, LoopTrips, Ops) as a Java bound, so that
 * {@link CalculusSpace} enumerates exactly TLC's {@code Programs}. Named bounds are small on purpose: the
 * cross-check writes every program into a generated module.
 */
public record CalculusBound(String name, int numFuncs, int bodyLen, List<Integer> values, List<Integer> loopTrips,
                            List<String> ops) {

    /** Calculus.tla's AllOps, in its order. */
    public static final List<String> ALL_OPS = List.of("defer", "deferloop", "call", "panic", "recover", "setres",
            "return", "print", "goexit");

    /** Two functions, every statement kind, one value: the bound the cross-check test runs. */
    public static final CalculusBound TINY = new CalculusBound("tiny", 2, 2, List.of(1), List.of(2), ALL_OPS);
    /** Two functions, every statement kind, two values. */
    public static final CalculusBound SMALL = new CalculusBound("small", 2, 2, List.of(1, 2), List.of(2), ALL_OPS);
    /** Three functions, every statement kind, one value. */
    public static final CalculusBound MEDIUM = new CalculusBound("medium", 3, 2, List.of(1), List.of(2), ALL_OPS);
    public static final List<CalculusBound> NAMED = List.of(TINY, SMALL, MEDIUM);

    public CalculusBound {
        values = List.copyOf(values);
        loopTrips = List.copyOf(loopTrips);
        ops = List.copyOf(ops);
        if (numFuncs < 1 || bodyLen < 0) {
            throw new IllegalArgumentException("NumFuncs must be at least 1 and BodyLen at least 0");
        }
        for (String op : ops) {
            if (!ALL_OPS.contains(op)) {
                throw new IllegalArgumentException("unknown op " + op);
            }
        }
    }

    /** A named bound, or the CONSTANTS of an MC cfg file in {@code specDir} (for example "MCGoDefer"). */
    public static CalculusBound resolve(String nameOrModel, Path specDir) throws IOException {
        for (CalculusBound b : NAMED) {
            if (b.name.equals(nameOrModel)) {
                return b;
            }
        }
        Path cfg = specDir.resolve(nameOrModel.endsWith(".cfg") ? nameOrModel : nameOrModel + ".cfg");
        if (!Files.isRegularFile(cfg)) {
            throw new IllegalArgumentException("unknown cross-check bound '" + nameOrModel
                    + "' (tiny, small, medium, or an MC cfg in " + specDir + " such as MCGoDefer)");
        }
        return fromCfg(nameOrModel, Files.readString(cfg, StandardCharsets.UTF_8));
    }

    static CalculusBound fromCfg(String name, String cfg) {
        return new CalculusBound(name, Integer.parseInt(constant(cfg, "NumFuncs")),
                Integer.parseInt(constant(cfg, "BodyLen")), ints(constant(cfg, "Values")),
                ints(constant(cfg, "LoopTrips")), strings(constant(cfg, "Ops")));
    }

    private static String constant(String cfg, String id) {
        Matcher m = Pattern.compile("\\b" + id + "\\s*=\\s*(\\{[^}]*\\}|\\d+)").matcher(cfg);
        if (!m.find()) {
            throw new IllegalArgumentException("cfg has no constant " + id);
        }
        return m.group(1);
    }

    private static List<String> items(String set) {
        String inner = set.replaceAll("[{}]", "").strip();
        List<String> out = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String s : inner.split(",")) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<Integer> ints(String set) {
        List<Integer> out = new ArrayList<>();
        items(set).forEach(s -> out.add(Integer.parseInt(s)));
        out.sort(null);
        return out;
    }

    private static List<String> strings(String set) {
        List<String> out = new ArrayList<>();
        items(set).forEach(s -> out.add(s.replace("\"", "")));
        return out;
    }

    public boolean has(String op) {
        return ops.contains(op);
    }

    /** The cfg CONSTANTS block for this bound. */
    public String cfgConstants() {
        return "CONSTANTS\n    NumFuncs = " + numFuncs + "\n    BodyLen = " + bodyLen + "\n    Values = " + set(values)
                + "\n    LoopTrips = " + set(loopTrips) + "\n    Ops = " + quoted(ops) + "\n";
    }

    private static String set(List<Integer> xs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(xs.get(i));
        }
        return sb.append('}').toString();
    }

    private static String quoted(List<String> xs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(xs.get(i)).append('"');
        }
        return sb.append('}').toString();
    }

    public String describe() {
        return name + " (NumFuncs " + numFuncs + ", BodyLen " + bodyLen + ", Values " + set(values) + ", LoopTrips "
                + set(loopTrips) + ", Ops " + quoted(ops) + ")";
    }
}
