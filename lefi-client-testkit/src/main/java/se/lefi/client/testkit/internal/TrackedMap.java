package se.lefi.client.testkit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds a simulator's persons or organisations by key, telling the open {@link Scopes} of every
 * change so a test's additions, replacements and removals can be undone.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class TrackedMap<K, V> implements Scopes.Undoable<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Scopes scopes;

    /**
     * Creates an empty map.
     *
     * @param scopes the scopes to tell of changes
     */
    public TrackedMap(Scopes scopes) {
        this.scopes = scopes;
    }

    /** Returns the value under the key, or null. */
    public V get(K key) {
        return entries.get(key);
    }

    /** Returns a copy of the values. */
    public List<V> values() {
        Collection<V> values = entries.values();
        return List.copyOf(values);
    }

    /** Returns how many entries there are. */
    public int size() {
        return entries.size();
    }

    /** Puts a value, replacing any under the same key. */
    public void put(K key, V value) {
        V previous = entries.put(key, value);
        scopes.changed(this, key, previous, value);
    }

    /**
     * Removes the entry under the key.
     *
     * @return true if there was one
     */
    public boolean remove(K key) {
        V previous = entries.remove(key);
        if (previous != null) {
            scopes.changed(this, key, previous, null);
        }
        return previous != null;
    }

    @Override
    public void restore(K key, V expected, V previous) {
        // Conditional, so that a concurrent test's later change to the same key is not undone by this one.
        if (expected == null) {
            if (previous != null) {
                entries.putIfAbsent(key, previous);
            }
        } else if (previous == null) {
            entries.remove(key, expected);
        } else {
            entries.replace(key, expected, previous);
        }
    }
}
