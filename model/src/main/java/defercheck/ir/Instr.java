package defercheck.ir;

import defercheck.source.Span;
import java.util.List;

/**
 * One instruction of a function body. The IR is a stack machine: operands are pushed, instructions pop
 * them. Every machine (abstract semantics and runtime strategies) runs the same instructions; they differ
 * only in how {@link Defer}, {@link Return}, panics and recover work.
 *
 * <p>Every instruction carries the span of the source construct it came from, so a runtime panic,
 * a trace step or a diagnostic can point at the source. Stack effects are given as (pops → pushes).
 */
public sealed interface Instr {

    Span span();

    /** (→ 1) */
    record PushConst(Constant value, Span span) implements Instr { }

    /** (→ 1) a plain, uncaptured local slot. */
    record LoadLocal(int slot, Span span) implements Instr { }

    /** (1 →) */
    record StoreLocal(int slot, Span span) implements Instr { }

    /** (→ 1) a slot that holds a box because a closure captures it; reads the box's content. */
    record LoadBoxed(int slot, Span span) implements Instr { }

    /** (1 →) writes into the box held by the slot. */
    record StoreBoxed(int slot, Span span) implements Instr { }

    /**
     * (→) puts a fresh box holding the zero value of {@code type} into the slot. Emitted where a
     * captured variable is declared, so each execution of the declaration makes a new variable.
     */
    record DeclareBoxed(int slot, Type type, Span span) implements Instr { }

    /**
     * (→) Go 1.22 per-iteration loop variables: replaces the slot's box with a fresh box holding the
     * same value, just before the loop's post statement. Emitted only when the language version has it.
     */
    record RenewBoxed(int slot, Span span) implements Instr { }

    /** (→ 1) reads captured variable {@code index} of the running closure. */
    record LoadCaptured(int index, Span span) implements Instr { }

    /** (1 →) */
    record StoreCaptured(int index, Span span) implements Instr { }

    /** (→ 1) */
    record LoadGlobal(int global, Span span) implements Instr { }

    /** (1 →) */
    record StoreGlobal(int global, Span span) implements Instr { }

    /** (1 →) discards the top of the operand stack. */
    record Pop(Span span) implements Instr { }

    /**
     * (2 → 1) {@code operandType} is the static type of both operands (for == on interfaces, + on
     * strings). DIV and REM by zero panic with "integer divide by zero".
     */
    record Binary(BinaryOp op, Type operandType, Span span) implements Instr { }

    /** (1 → 1) */
    record Unary(UnaryOp op, Span span) implements Instr { }

    /** (→ 1) {@code &x}: a pointer to the box that the (boxed) local slot holds. */
    record AddressOf(int slot, Type.Pointer type, Span span) implements Instr { }

    /** (→ 1) {@code &x} for captured variable {@code index} of the running closure. */
    record AddressOfCaptured(int index, Type.Pointer type, Span span) implements Instr { }

    /**
     * (p → *p) reads through a pointer; a struct or array is copied out. A nil pointer faults (SIGSEGV), which the
     * runtime turns into the panic "invalid memory address or nil pointer dereference".
     */
    record Deref(Span span) implements Instr { }

    /**
     * (recv → f) the method value {@code x.M} of a method of a defined type: {@code function} (whose first
     * parameter is the receiver) bound to the evaluated receiver. Calling or deferring it passes the receiver.
     */
    record BindMethod(int function, Span span) implements Instr { }

    /**
     * (i → f) method {@code name} of the interface value i's dynamic type, bound to i's content: the itab lookup of
     * an interface call ({@code kind} CALL), deferred call (DEFER) or method value (VALUE). A nil interface faults.
     * {@code devirtualizable} marks a receiver whose dynamic type gc may know statically (a local variable
     * initialized once from a concrete value), where gc's devirtualization changes what a nil or value-method
     * receiver does.
     */
    record IfaceMethod(String name, IfaceCall kind, boolean devirtualizable, Span span) implements Instr { }

    /** How an interface method is used: called, deferred, or taken as a method value. */
    enum IfaceCall { CALL, DEFER, VALUE }

    /**
     * (→) the runtime's panicwrap: a value method reached through a nil pointer in a method wrapper panics
     * "value method main.T.M called using nil *T pointer".
     */
    record PanicWrap(String type, String method, Span span) implements Instr { }

    /**
     * (→) the body of a native function (a library function written in Java that may call Go functions): one
     * step of native {@code name}. A step that calls a Go function comes back here when it returns, with its
     * results on the stack; the last step leaves the results in the result slots and falls through to Return.
     */
    record Native(String name, Span span) implements Instr { }

    /** (→ p) {@code &g} for package variable {@code global}. */
    record AddressOfGlobal(int global, Type.Pointer type, Span span) implements Instr { }

    /**
     * (v, p →) {@code *p = v}: the value below, the pointer (computed after it, as Go checks the target only when
     * it assigns) on top. A struct or array is assigned into the storage already there. A nil p faults.
     */
    record Store(Span span) implements Instr { }

    /** (p → &p.f) the address of field {@code field} of the struct p points to; a nil p faults. */
    record FieldAddr(int field, Type.Pointer type, Span span) implements Instr { }

    /** (s → s.f) field {@code field} of a struct value. */
    record Field(int field, Span span) implements Instr { }

    /**
     * (x, i → &x[i]) the address of an element: x is a pointer to an array or a slice. An index out of range
     * panics "index out of range [i] with length n"; a nil array pointer faults.
     */
    record IndexAddr(Type.Pointer type, Span span) implements Instr { }

    /** (x, i → x[i]) an element of an array, slice or string value (a string gives a byte). */
    record Index(Span span) implements Instr { }

    /**
     * (x, [lo], [hi], [max] → x[lo:hi:max]) x is a string, a slice or a pointer to an array; {@code result} is the
     * result's type. Bounds out of range panic with the runtime's "slice bounds out of range" texts.
     */
    record Slice(boolean lo, boolean hi, boolean max, Type result, Span span) implements Instr { }

    /** (x → T(x)) a conversion between types whose values differ: numbers, strings, byte and rune slices, named types. */
    record Convert(Type target, Span span) implements Instr { }

    /** (c, v → c) sets element or field {@code index} of the fresh struct or array c (composite literals). */
    record CompositeSet(int index, Span span) implements Instr { }

    /** (a → s) a slice of type {@code type} over all of the fresh array a (slice literals). */
    record SliceOfArray(Type type, Span span) implements Instr { }

    /** (→ p) {@code new(T)}: a pointer to a fresh zero value of {@code elem}. */
    record New(Type elem, Span span) implements Instr { }

    /** (v → p) a pointer of type {@code type} to a fresh variable holding v ({@code &T{...}}). */
    record HeapAlloc(Type.Pointer type, Span span) implements Instr { }

    /** (len, [cap] → s) {@code make([]T, len, cap)}; a size out of range panics "makeslice: len out of range". */
    record MakeSlice(Type type, boolean hasCap, Span span) implements Instr { }

    /** ([size] → c) {@code make(chan T, size)}; a size out of range panics "makechan: size out of range". */
    record MakeChan(Type type, boolean hasSize, Span span) implements Instr { }

    /** (c, v →) {@code c <- v}: waits until a receiver or buffer room takes v; taken again after the wait. */
    record Send(Span span) implements Instr { }

    /** (c → v) or with {@code commaOk} (c → v, ok) {@code <-c}: waits for a value or the close. */
    record Recv(Type elem, boolean commaOk, Span span) implements Instr { }

    /**
     * (c0, [v0], c1, [v1], ... → v, ok, index) the select statement: the channel of each case and a send case's
     * value, evaluated in source order; it waits until a case can go on (or takes {@code hasDefault}, index -1) and
     * pushes the received value and ok (a placeholder for a send or the default) and the case's index.
     * {@code elems} is each case's element type.
     */
    record Select(java.util.List<Boolean> sends, java.util.List<Type> elems, boolean hasDefault, Span span)
            implements Instr {
        public Select {
            sends = java.util.List.copyOf(sends);
            elems = java.util.List.copyOf(elems);
        }

        /** How many operands the cases pushed. */
        public int operands() {
            return sends.size() + (int) sends.stream().filter(b -> b).count();
        }
    }

    /** (f, args... →) the {@code go} statement: a new goroutine calls f with the arguments evaluated here. */
    record Go(int argc, Span span) implements Instr { }

    /** ([size] → m) {@code make(map[K]V, size)}. */
    record MakeMap(Type type, boolean hasSize, Span span) implements Instr { }

    /** (m, k → v) or with {@code commaOk} (m, k → v, ok): a map lookup; a missing key gives the zero value. */
    record MapIndex(Type valueType, boolean commaOk, Span span) implements Instr { }

    /** (v, m, k →) {@code m[k] = v}; a nil map panics "assignment to entry in nil map". */
    record MapStore(Span span) implements Instr { }

    /**
     * (s, i → r, next) decodes the rune at byte i of string s as range does: an invalid byte is U+FFFD of width 1.
     */
    record DecodeRune(Span span) implements Instr { }

    /** (m → keys) the keys of map m, in iteration order, as a slice of type {@code type} (a range loop's snapshot). */
    record MapKeys(Type type, Span span) implements Instr { }

    /** (p → p) faults when pointer p is nil: {@code &*p} and {@code (*p).M()} check p though they load nothing. */
    record NilCheck(Span span) implements Instr { }

    /**
     * (s → a) slice s converted to {@code target}, an array pointer that shares s's elements (nil for a nil
     * slice) or an array holding their copy; a slice shorter than the array panics.
     */
    record SliceToArray(Type target, Span span) implements Instr { }

    /** (m, k → present) whether map m still has key k (range skips entries deleted during the loop). */
    record MapHas(Span span) implements Instr { }

    /**
     * (m, keys →) the end of a range loop over map m whose keys were {@code keys}: an entry added during the loop
     * may or may not have been produced (Go spec "For statements with range clause"), so the run stops there.
     */
    record MapRangeEnd(Span span) implements Instr { }

    /** (m, k, v → m) adds an entry to the fresh map m (map literals). */
    record MapInsert(Span span) implements Instr { }

    /**
     * (s, x1..xn → s') {@code append(s, x1, ..., xn)}, or with {@code spread} (s, t → s') {@code append(s, t...)}
     * (t a slice or, for a byte slice, a string). Growth follows each Go version's rule.
     */
    record Append(int argc, boolean spread, Type type, Span span) implements Instr { }

    /** (→) */
    record Jump(int target, Span span) implements Instr { }

    /**
     * (→) a {@code goto}: jumps like {@link Jump}. Kept apart because gc ends the current block at a goto, even
     * one that jumps backward, and starts one at every label (as if a goto to the label preceded it): the
     * lowering emits a goto to the next instruction at each label, and the plan's dead-code rules read both.
     */
    record Goto(int target, Span span) implements Instr { }

    /** (1 →) jumps when the popped bool is false. */
    record JumpIfFalse(int target, Span span) implements Instr { }

    /**
     * (→ 1) a func value for {@code function} closing over the given variables. A top-level function
     * used as a value is a closure with no captures.
     */
    record MakeClosure(int function, List<Capture> captures, Span span) implements Instr {
        public MakeClosure {
            captures = List.copyOf(captures);
        }
    }

    /**
     * (callee, arg1..argN → result1..resultM) calls a func value. A nil callee panics with a nil
     * dereference. {@code resultCount} is the callee's result count; callers Pop what they discard.
     */
    record Call(int argc, int resultCount, Span span) implements Instr { }

    /** (arg1..argN → results) calls a builtin. */
    record CallBuiltin(Builtin builtin, int argc, int resultCount, Span span) implements Instr { }

    /**
     * (arg1..argN, s → results) calls a variadic library function with {@code f(args, s...)}: the elements of the
     * slice s are the remaining arguments.
     */
    record CallBuiltinSpread(Builtin builtin, int fixed, int resultCount, Span span) implements Instr { }

    /**
     * (callee, arg1..argN →) the {@code defer} statement: the callee and arguments have already been
     * evaluated (in order, at the statement); this pushes a niladic deferred call onto the frame.
     * {@code site} indexes {@link Function#deferSites()}.
     */
    record Defer(int site, int argc, Span span) implements Instr { }

    /**
     * (→ token) runtime.deferrangefunc, called by a function before a range-over-func loop whose body defers:
     * the token names this frame, so that the body's defers (run in the body's closure) join this frame's
     * deferred calls. The frame now calls deferreturn when it returns and is never open-coded.
     */
    record DeferRangeFunc(Span span) implements Instr { }

    /**
     * (token →) runtime.deferprocat: the next {@link Defer} or {@link DeferBuiltin} of this frame, in a
     * range-over-func body, pushes its call onto the frame that {@link DeferRangeFunc} named.
     */
    record DeferTo(Span span) implements Instr { }

    /**
     * (state →) runtime.panicrangestate: a range-over-func body was called in a state where the loop cannot
     * run it; panics with the runtime error for the state (0 done, 2 panicked, 3 exhausted, 4 missing panic).
     */
    record PanicRangeState(Span span) implements Instr { }

    /** (arg1..argN →) {@code defer print(...)}, {@code defer recover()}, {@code defer panic(v)} and so on. */
    record DeferBuiltin(int site, Builtin builtin, int argc, Span span) implements Instr { }

    /**
     * (x → v) or, with {@code commaOk}, (x → v, ok). {@code sourceType} is x's static interface type and
     * appears in the panic message: "interface conversion: interface {} is string, not int".
     */
    record TypeAssert(Type target, Type sourceType, boolean commaOk, Span span) implements Instr { }

    /**
     * (x → s) for an interface or func operand of {@code print}/{@code println}: the runtime prints such
     * values as addresses ({@code (0x4b2a40,0xc000012345)} for an interface, {@code 0x47c1e0} for a func),
     * which this replaces by the same shape with made-up numbers. Only a nil interface's {@code (0x0,0x0)}
     * is exact; conformance compares stderr with hexadecimal numbers masked.
     */
    record PrintAddress(Type staticType, Span span) implements Instr { }

    /**
     * (→) leaves the function: the result slots already hold the results (the lowering stores the
     * operands of {@code return e1, e2} after evaluating all of them). Runs the frame's defers, then
     * returns the result slots' values to the caller.
     */
    record Return(Span span) implements Instr { }
}
