package defercheck.trace;

import defercheck.ir.Capture;
import defercheck.ir.Function;
import defercheck.ir.Instr;
import defercheck.ir.Program;
import defercheck.ir.Slot;
import defercheck.semantics.Box;
import defercheck.semantics.Frame;
import defercheck.semantics.ValueFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of a frame as a trace shows them, {@code name = value}: parameters, results (an unnamed result
 * under the compiler's name {@code ~r0}), the locals declared so far and, for a closure, the variables it
 * captured. A variable a closure captures lives in a box that the frame and the closure share (Go closures
 * capture by reference); each box gets a number the first time a trace meets it, so {@code (var #1)} in two
 * frames is one variable. Numbers follow the run's own order, so a replay numbers them alike.
 */
final class FrameValues {
    /** A closure's function id to where it is made: its MakeClosure and the function that runs it. */
    private final Map<Integer, Instr.MakeClosure> makers = new HashMap<>();
    private final Map<Integer, Function> makerFunctions = new HashMap<>();
    private final Map<Integer, List<String>> captureNames = new HashMap<>();
    private final Map<Box, Integer> boxes = new IdentityHashMap<>();
    private final Map<Integer, int[]> declarations = new HashMap<>();

    FrameValues(Program program) {
        for (Function f : program.functions()) {
            for (Instr i : f.code()) {
                if (i instanceof Instr.MakeClosure mc && !mc.captures().isEmpty()) {
                    makers.put(mc.function(), mc);
                    makerFunctions.put(mc.function(), f);
                }
            }
        }
    }

    List<String> of(Frame f) {
        Function fn = f.function();
        List<String> out = new ArrayList<>();
        int[] declaredAt = declarations.computeIfAbsent(fn.id(), k -> firstStores(fn));
        int entry = fn.params() + fn.results();
        for (int i = 0; i < fn.slots().size(); i++) {
            Slot s = fn.slots().get(i);
            // A local is shown once its declaration has run: before it the slot holds nothing Go could name.
            if (s.name().equals("_") || i >= entry && f.pc() <= declaredAt[i]) {
                continue;
            }
            out.add(s.name() + " = " + ValueFormat.debug(f.slotValue(i)) + boxMark(f, i));
        }
        Box[] caps = f.captures();
        List<String> names = capturedNames(fn.id());
        for (int i = 0; caps != null && i < caps.length; i++) {
            String name = i < names.size() ? names.get(i) : "captured " + i;
            out.add(name + " = " + ValueFormat.debug(caps[i].get()) + " (var #" + number(caps[i]) + ", captured)");
        }
        return out;
    }

    private String boxMark(Frame f, int slot) {
        Box b = f.function().slots().get(slot).boxed() ? f.boxOrNull(slot) : null;
        return b == null ? "" : " (var #" + number(b) + ")";
    }

    private int number(Box b) {
        return boxes.computeIfAbsent(b, k -> boxes.size() + 1);
    }

    /** The names a closure's captures have where it was made: a slot's name, or the maker's own capture. */
    private List<String> capturedNames(int function) {
        List<String> known = captureNames.get(function);
        if (known != null) {
            return known;
        }
        Instr.MakeClosure mc = makers.get(function);
        List<String> names = new ArrayList<>();
        if (mc != null) {
            Function maker = makerFunctions.get(function);
            for (Capture c : mc.captures()) {
                names.add(c instanceof Capture.FromLocal l ? maker.slots().get(l.slot()).name()
                        : nameAt(capturedNames(maker.id()), ((Capture.FromCaptured) c).index()));
            }
        }
        captureNames.put(function, List.copyOf(names));
        return names;
    }

    private static String nameAt(List<String> names, int i) {
        return i < names.size() ? names.get(i) : "captured " + i;
    }

    /** For each slot, the index of the first instruction that declares or stores it (the code's length if none). */
    private static int[] firstStores(Function fn) {
        int[] out = new int[fn.slots().size()];
        java.util.Arrays.fill(out, fn.code().size());
        for (int pc = fn.code().size() - 1; pc >= 0; pc--) {
            Instr i = fn.code().get(pc);
            int slot = i instanceof Instr.StoreLocal st ? st.slot() : i instanceof Instr.DeclareBoxed d ? d.slot()
                    : i instanceof Instr.StoreBoxed sb ? sb.slot() : -1;
            if (slot >= 0) {
                out[slot] = pc;
            }
        }
        return out;
    }
}
