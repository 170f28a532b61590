package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.lib.strings.Cut;
import defercheck.lib.strings.Pieces;
import defercheck.lib.strings.StringCase;
import defercheck.lib.strings.StringReplace;
import defercheck.lib.strings.StringReplacer;
import defercheck.lib.strings.StringSearch;
import defercheck.lib.strings.StringSplit;
import defercheck.lib.strings.StringTrim;
import defercheck.lib.unicode.GoUnicode;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Package strings (declarations: resources/defercheck/lib/decl/strings.go), on lib.strings. */
public final class StringsNatives implements NativePackage {

    @Override
    public String path() {
        return "strings";
    }

    @Override
    public void register(NativeTable t) {
        search(t);
        split(t);
        transform(t);
        callbacks(t);
        BuilderNatives.register(t);
        t.step("strings.NewReplacer", StringsNatives::newReplacer);
        t.step("strings.(*Replacer).Replace", a -> a.arg(0) instanceof Value.PointerValue
                ? a.done(new StringReplacer(strings(((Value.PointerValue) NativeArgs.fieldOf(a.arg(0), 0)).target()
                        .load())).replace(a.string(1)))
                : a.nilDereference());
    }

    private static void search(NativeTable t) {
        t.step("strings.Clone", a -> a.done(a.string(0)));
        t.step("strings.Compare", a -> a.done((long) StringSearch.compare(a.string(0), a.string(1))));
        t.step("strings.Contains", a -> a.done(StringSearch.contains(a.string(0), a.string(1))));
        t.step("strings.ContainsAny", a -> a.done(StringSearch.containsAny(a.string(0), a.string(1))));
        t.step("strings.ContainsRune", a -> a.done(StringSearch.containsRune(a.string(0), a.integer(1))));
        t.step("strings.Count", a -> a.done((long) StringSearch.count(a.string(0), a.string(1))));
        t.step("strings.HasPrefix", a -> a.done(StringSearch.hasPrefix(a.string(0), a.string(1))));
        t.step("strings.HasSuffix", a -> a.done(StringSearch.hasSuffix(a.string(0), a.string(1))));
        t.step("strings.Index", a -> a.done((long) StringSearch.index(a.string(0), a.string(1))));
        t.step("strings.IndexAny", a -> a.done((long) StringSearch.indexAny(a.string(0), a.string(1))));
        t.step("strings.IndexByte", a -> a.done((long) StringSearch.indexByte(a.string(0), (int) a.integer(1))));
        t.step("strings.IndexRune", a -> a.done((long) StringSearch.indexRune(a.string(0), a.integer(1))));
        t.step("strings.LastIndex", a -> a.done((long) StringSearch.lastIndex(a.string(0), a.string(1))));
        t.step("strings.LastIndexAny", a -> a.done((long) StringSearch.lastIndexAny(a.string(0), a.string(1))));
        t.step("strings.LastIndexByte", a -> a.done((long) StringSearch.lastIndexByte(a.string(0), (int) a.integer(1))));
        t.step("strings.Cut", a -> {
            Cut c = StringSearch.cut(a.string(0), a.string(1));
            return a.done(c.before(), c.after(), c.found());
        });
        t.step("strings.CutPrefix", a -> {
            Cut c = StringSearch.cutPrefix(a.string(0), a.string(1));
            return a.done(c.after(), c.found());
        });
        t.step("strings.CutSuffix", a -> {
            Cut c = StringSearch.cutSuffix(a.string(0), a.string(1));
            return a.done(c.before(), c.found());
        });
        t.step("strings.TrimPrefix", a -> a.done(StringSearch.trimPrefix(a.string(0), a.string(1))));
        t.step("strings.TrimSuffix", a -> a.done(StringSearch.trimSuffix(a.string(0), a.string(1))));
    }

    private static void split(NativeTable t) {
        t.step("strings.Split", a -> a.done(pieces(a, StringSplit.split(a.host().version(), a.string(0), a.string(1)))));
        t.step("strings.SplitAfter", a -> a.done(pieces(a,
                StringSplit.splitAfter(a.host().version(), a.string(0), a.string(1)))));
        t.step("strings.SplitN", a -> a.done(pieces(a,
                StringSplit.splitN(a.host().version(), a.string(0), a.string(1), (int) a.integer(2)))));
        t.step("strings.SplitAfterN", a -> a.done(pieces(a,
                StringSplit.splitAfterN(a.host().version(), a.string(0), a.string(1), (int) a.integer(2)))));
        t.step("strings.Fields", a -> a.done(pieces(a,
                StringSplit.fields(a.string(0), r -> GoUnicode.of(a.host().version()).isSpace(r)))));
        t.step("strings.Join", a -> a.done(StringSplit.join(strings(a.arg(0)), a.string(1))));
    }

    private static void transform(NativeTable t) {
        t.step("strings.ToLower", a -> a.done(StringCase.of(a.host().version()).toLower(a.string(0))));
        t.step("strings.ToUpper", a -> a.done(StringCase.of(a.host().version()).toUpper(a.string(0))));
        t.step("strings.ToTitle", a -> a.done(StringCase.of(a.host().version()).toTitle(a.string(0))));
        t.step("strings.EqualFold", a -> a.done(StringCase.of(a.host().version()).equalFold(a.string(0), a.string(1))));
        t.step("strings.ToValidUTF8", a -> a.done(StringCase.toValidUtf8(a.string(0), a.string(1))));
        t.step("strings.Trim", a -> a.done(StringTrim.trim(a.string(0), a.string(1))));
        t.step("strings.TrimLeft", a -> a.done(StringTrim.trimLeft(a.string(0), a.string(1))));
        t.step("strings.TrimRight", a -> a.done(StringTrim.trimRight(a.string(0), a.string(1))));
        t.step("strings.TrimSpace", a -> a.done(StringTrim.trimSpace(a.string(0),
                r -> GoUnicode.of(a.host().version()).isSpace(r))));
        t.step("strings.Repeat", StringsNatives::repeat);
        t.step("strings.Replace", a -> a.done(StringReplace.replace(a.string(0), a.string(1), a.string(2),
                (int) Math.max(Math.min(a.integer(3), Integer.MAX_VALUE), -1))));
        t.step("strings.ReplaceAll", a -> a.done(StringReplace.replaceAll(a.string(0), a.string(1), a.string(2))));
    }

    /** The functions that call a Go function per rune; the function argument's position differs (Map's is first). */
    private static void callbacks(NativeTable t) {
        t.call("strings.IndexFunc", a -> new RuneCallbacks(a, 1, r -> a.done((long) StringSearch.indexFunc(a.string(0), r::test))));
        t.call("strings.LastIndexFunc", a -> new RuneCallbacks(a, 1,
                r -> a.done((long) StringSearch.lastIndexFunc(a.string(0), r::test))));
        t.call("strings.ContainsFunc", a -> new RuneCallbacks(a, 1,
                r -> a.done(StringSearch.indexFunc(a.string(0), r::test) >= 0)));
        t.call("strings.TrimFunc", a -> new RuneCallbacks(a, 1, r -> a.done(StringTrim.trimFunc(a.string(0), r::test))));
        t.call("strings.TrimLeftFunc", a -> new RuneCallbacks(a, 1,
                r -> a.done(StringTrim.trimLeftFunc(a.string(0), r::test))));
        t.call("strings.TrimRightFunc", a -> new RuneCallbacks(a, 1,
                r -> a.done(StringTrim.trimRightFunc(a.string(0), r::test))));
        t.call("strings.FieldsFunc", a -> new RuneCallbacks(a, 1,
                r -> a.done(pieces(a, StringSplit.fieldsFunc(a.string(0), r::test)))));
        t.call("strings.Map", a -> new RuneCallbacks(a, 0, r -> a.done(StringCase.map(a.string(1), r::map))));
    }

    private static NativeCall.Step repeat(NativeArgs a) {
        Optional<String> panic = StringReplace.repeatPanic(a.host().version(), a.string(0).length(), a.integer(1));
        return panic.isPresent() ? a.panicString(panic.get()) : a.done(StringReplace.repeat(a.string(0), a.integer(1)));
    }

    private static NativeCall.Step newReplacer(NativeArgs a) {
        List<String> oldnew = strings(a.arg(0));
        if (oldnew.size() % 2 != 0) {
            return a.panicString(StringReplacer.ODD_COUNT_PANIC);
        }
        Type.Slice type = new Type.Slice(Type.STRING);
        Value copy = oldnew.isEmpty() ? new Value.NilValue(type) : stringSlice(type, oldnew, oldnew.size());
        return a.done(NativeArgs.pointerTo(new Value.StructValue(a.libraryType("strings.Replacer"),
                new Value[] {NativeArgs.pointerTo(copy)})));
    }

    /** The elements of a []string value. */
    static List<String> strings(Value slice) {
        List<String> out = new ArrayList<>();
        if (slice instanceof Value.SliceValue s) {
            for (int i = 0; i < s.len(); i++) {
                out.add(((Value.StringValue) s.get(i)).value());
            }
        }
        return out;
    }

    /** A []string result with Go's capacity and nil-ness. */
    private static Value pieces(NativeArgs a, Pieces p) {
        Type.Slice type = new Type.Slice(Type.STRING);
        return p.nil() ? new Value.NilValue(type) : stringSlice(type, p.elems(), p.cap());
    }

    private static Value stringSlice(Type.Slice type, List<String> elems, int cap) {
        Value[] array = new Value[Math.max(cap, elems.size())];
        for (int i = 0; i < array.length; i++) {
            array[i] = new Value.StringValue(Type.STRING, i < elems.size() ? elems.get(i) : "");
        }
        return new Value.SliceValue(type, array, 0, elems.size(), array.length);
    }
}
