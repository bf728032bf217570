package se.lefi.client.testkit.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds one simulator-wide setting (a delay, a fault, an error), telling the open {@link Scopes}
 * of every change so a test's setting can be undone.
 *
 * @param <V> the setting's type; null means off
 */
public final class TrackedValue<V> implements Scopes.Undoable<String, V> {

    private final AtomicReference<V> value = new AtomicReference<>();
    private final Scopes scopes;
    private final String name;

    /**
     * Creates a setting that is off.
     *
     * @param scopes the scopes to tell of changes
     * @param name the setting's name, for the scopes' bookkeeping
     */
    public TrackedValue(Scopes scopes, String name) {
        this.scopes = scopes;
        this.name = name;
    }

    /** Returns the value, or null when off. */
    public V get() {
        return value.get();
    }

    /** Sets the value; null switches it off. */
    public void set(V newValue) {
        V previous = value.getAndSet(newValue);
        if (previous != newValue) {
            scopes.changed(this, name, previous, newValue);
        }
    }

    @Override
    public void restore(String key, V expected, V previous) {
        value.compareAndSet(expected, previous);
    }
}
