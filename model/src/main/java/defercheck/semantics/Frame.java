package defercheck.semantics;

import defercheck.ir.Builtin;
import defercheck.ir.Function;
import defercheck.ir.Slot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One activation as the {@link Interpreter} runs it: pc, operand stack and variables, plus who called it. Each
 * machine extends it with its own defer state: {@link AbstractFrame} with the semantics' LIFO list of deferred
 * calls, the runtime machines' frame with deferBits, slots and records. State is explicit and mutable here; the
 * Java call stack never grows with the Go call stack.
 */
public class Frame {
    private final Function function;
    private final Box[] captures;
    private final Object[] slots;
    private Value[] stack;
    private final int[] siteInstances;
    private final Invocation invocation;
    private final int depth;
    private final Builtin wrappedBuiltin;
    private int sp;
    private int pc;
    /** A native function's state between its steps (NativeCall); null for Go functions. */
    private Object nativeState;
    /** Whether a recovery resumed this frame; gc's lines for it are then not the model's (runtime.Callers). */
    private boolean resumedByRecovery;
    private Value deferTarget;
    private java.util.Map<defercheck.ir.DeferSite, Integer> bodyInstances;

    /**
     * @param args            the parameters' values; boxed parameters and results are boxed here
     * @param wrappedBuiltin  non-null for the runtime's wrapper around a deferred builtin
     */
    protected Frame(Function function, Box[] captures, List<Value> args, Invocation invocation, int depth,
                 Builtin wrappedBuiltin) {
        this.function = function;
        this.captures = captures;
        this.invocation = invocation;
        this.depth = depth;
        this.wrappedBuiltin = wrappedBuiltin;
        this.slots = new Object[function.slots().size()];
        this.stack = new Value[INITIAL_STACK];
        this.siteInstances = new int[function.deferSites().size()];
        initSlots(args);
    }

    private void initSlots(List<Value> args) {
        List<Slot> all = function.slots();
        for (int i = 0; i < all.size(); i++) {
            Slot s = all.get(i);
            Value v = i < args.size() ? args.get(i) : Zero.of(s.type());
            boolean entrySlot = i < function.params() + function.results();
            slots[i] = s.boxed() && entrySlot ? new Box(v) : v;
        }
    }

    private static final int INITIAL_STACK = 8;

    public Function function() {
        return function;
    }

    public Box[] captures() {
        return captures;
    }

    public Invocation invocation() {
        return invocation;
    }

    public int depth() {
        return depth;
    }

    public Builtin wrappedBuiltin() {
        return wrappedBuiltin;
    }

    public int pc() {
        return pc;
    }

    public void jump(int target) {
        pc = target;
    }

    public void advance() {
        pc++;
    }

    public void push(Value v) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = v;
    }

    public Value pop() {
        Value v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    /** Pops n values and returns them in push order. */
    public List<Value> popN(int n) {
        Value[] out = new Value[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = pop();
        }
        return List.of(out);
    }

    public Value local(int slot) {
        return (Value) slots[slot];
    }

    public void setLocal(int slot, Value v) {
        slots[slot] = v;
    }

    public Box box(int slot) {
        return (Box) slots[slot];
    }

    public void setBox(int slot, Box b) {
        slots[slot] = b;
    }

    /** The box of a captured variable's slot; null while its declaration has not run (traces show identity). */
    public Box boxOrNull(int slot) {
        return slots[slot] instanceof Box b ? b : null;
    }

    /** A slot's current value whether or not it is boxed. */
    public Value slotValue(int slot) {
        Object o = slots[slot];
        return o instanceof Box b ? b.get() : (Value) o;
    }

    /** The results as the caller receives them: a struct or array result is copied out of its variable. */
    public List<Value> results() {
        Value[] out = new Value[function.results()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.copy(slotValue(function.firstResultSlot() + i));
        }
        return List.of(out);
    }

    /** The result slots as {@code name = value} (unnamed results show as ~r0 and so on). */
    public List<String> namedResults() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < function.results(); i++) {
            int slot = function.firstResultSlot() + i;
            out.add(function.slots().get(slot).name() + " = " + ValueFormat.debug(slotValue(slot)));
        }
        return out;
    }

    public int nextInstance(int site) {
        return siteInstances[site]++;
    }

    /**
     * The instance number of a defer that a range-over-func body pushes onto this frame: counted here, not in the
     * body's frame (each iteration is a new one), so that every deferred call of this frame is told apart.
     */
    public int nextInstanceAt(defercheck.ir.DeferSite site) {
        if (bodyInstances == null) {
            bodyInstances = new java.util.HashMap<>();
        }
        return bodyInstances.merge(site, 1, Integer::sum) - 1;
    }

    /** {@link defercheck.ir.Instr.DeferTo}: the token of the frame that the next defer statement defers onto. */
    public void deferTo(Value token) {
        deferTarget = token;
    }

    /** The token set by {@link #deferTo}, now used; null for an ordinary defer. */
    public Value takeDeferTarget() {
        Value t = deferTarget;
        deferTarget = null;
        return t;
    }

    public Object nativeState() {
        return nativeState;
    }

    public void setNativeState(Object state) {
        nativeState = state;
    }

    public boolean resumedByRecovery() {
        return resumedByRecovery;
    }

    void markResumedByRecovery() {
        resumedByRecovery = true;
    }

    public String name() {
        return wrappedBuiltin != null ? "deferwrap(" + wrappedBuiltin.goName() + ")" : function.name();
    }
}
