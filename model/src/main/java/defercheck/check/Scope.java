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
            Obj o = s.names.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    Obj lookupLocal(String name) {
        return names.get(name);
    }

    void insert(Obj obj) {
        names.put(obj.name(), obj);
    }
}
