package defercheck.semantics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a map, keyed by Go's key equality ({@link Values#equal}). A NaN key never equals itself, so
 * each such insertion adds an entry, as in Go. Entries keep their insertion order; Go's iteration order is
 * unspecified, and readers that depend on it decide what to do with that.
 */
public final class MapStore {

    /** A key with Go's equality. NaN keys are told apart by identity. */
    private static final class Key {
        final Value value;

        Key(Value value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && (k == this || Values.equal(k.value, value));
        }

        @Override
        public int hashCode() {
            return Values.hash(value);
        }
    }

    private final Map<Key, Value> entries = new LinkedHashMap<>();

    public int size() {
        return entries.size();
    }

    /** The value for {@code key}, or null when absent. */
    public Value get(Value key) {
        return entries.get(new Key(key));
    }

    public void put(Value key, Value value) {
        entries.put(new Key(key), value);
    }

    public void delete(Value key) {
        entries.remove(new Key(key));
    }

    public void clear() {
        entries.clear();
    }

    /** The keys in insertion order. */
    public List<Value> keys() {
        List<Value> out = new ArrayList<>(entries.size());
        entries.keySet().forEach(k -> out.add(k.value));
        return out;
    }
}
