package defercheck.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical block's names (Go spec "Declarations and scope"). */
final class Scope {

    private final Scope parent;
    private final Map<String, Obj> names = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Scope parent() {
        return parent;
    }

    Obj lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.lookupLocal(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The name's object in this block; an alias is resolved here on its first lookup. */
    Obj lookupLocal(String name) {
        Obj o = names.get(name);
        if (o instanceof AliasObj a) {
            o = a.resolve().get();
            names.put(name, o);
        }
        return o;
    }

    void insert(Obj obj) {
        names.put(obj.name(), obj);
    }
}
