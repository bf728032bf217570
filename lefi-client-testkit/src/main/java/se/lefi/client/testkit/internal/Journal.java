package se.lefi.client.testkit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps the most recent entries in the order they came, each with a running number, so that a
 * test can ask for what came after it started.
 *
 * <p>It holds at most {@link #CAPACITY} entries, dropping the oldest, so a standalone simulator
 * that runs for days does not grow without end.
 *
 * @param <T> the entry type
 */
public final class Journal<T> {

    /** The most entries kept. */
    public static final int CAPACITY = 10_000;

    private final Deque<Numbered<T>> entries = new ArrayDeque<>();
    private long next;

    /** Returns the number the next entry will get. */
    public synchronized long mark() {
        return next;
    }

    /** Adds an entry. */
    public synchronized void add(T entry) {
        entries.addLast(new Numbered<>(next++, entry));
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    /**
     * Returns the entries numbered from the mark on, oldest first.
     *
     * @param mark a value of {@link #mark()}
     * @return the entries
     */
    public synchronized List<T> since(long mark) {
        List<T> result = new ArrayList<>();
        for (Numbered<T> e : entries) {
            if (e.number() >= mark) {
                result.add(e.entry());
            }
        }
        return List.copyOf(result);
    }

    /** Forgets every entry; numbering goes on. */
    public synchronized void clear() {
        entries.clear();
    }

    private record Numbered<T>(long number, T entry) {
    }
}
