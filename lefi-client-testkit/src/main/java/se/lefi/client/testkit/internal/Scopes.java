package se.lefi.client.testkit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps, per thread, the scopes (a test, or a nested test class) whose changes to one simulator's
 * state are undone when they end, so that what one test adds never reaches the next.
 *
 * <p>A change is attributed to the innermost scope open on the thread that makes it: JUnit runs a
 * test's callbacks and its method on one thread, also in parallel mode, so concurrent tests each
 * undo only their own changes. Changes made on a thread with no open scope (a {@code @BeforeAll}
 * of a top-level class, the standalone simulator) stay.
 */
public final class Scopes {

    private final ThreadLocal<Deque<Scope>> open = new ThreadLocal<>();

    /**
     * Opens a scope on the current thread.
     *
     * @param journalMark the journal position at the scope's start
     * @return the scope, to close with {@link #close(Scope)}
     */
    public Scope open(long journalMark) {
        Deque<Scope> stack = open.get();
        if (stack == null) {
            stack = new ArrayDeque<>();
            open.set(stack);
        }
        Scope scope = new Scope(journalMark);
        stack.push(scope);
        return scope;
    }

    /**
     * Closes a scope: undoes its changes, newest first, and takes it off this thread's stack.
     *
     * @param scope a scope from {@link #open(long)}
     */
    public void close(Scope scope) {
        Deque<Scope> stack = open.get();
        if (stack != null) {
            stack.removeFirstOccurrence(scope);
            if (stack.isEmpty()) {
                open.remove();
            }
        }
        scope.undo();
    }

    /** Returns the innermost scope open on this thread, or null. */
    public Scope current() {
        Deque<Scope> stack = open.get();
        if (stack == null) {
            return null;
        }
        // A scope closed from another thread than the one that opened it is dropped here.
        while (!stack.isEmpty() && stack.peek().closed) {
            stack.pop();
        }
        if (stack.isEmpty()) {
            open.remove();
            return null;
        }
        return stack.peek();
    }

    /** Records a change in the current thread's innermost scope, if there is one. */
    <K, V> void changed(Undoable<K, V> owner, K key, V previous, V now) {
        Scope scope = current();
        if (scope != null) {
            scope.record(owner, key, previous, now);
        }
    }

    /** Something whose entries a scope can put back. */
    interface Undoable<K, V> {
        /** Puts {@code previous} back under {@code key} if the entry still holds {@code expected}. */
        void restore(K key, V expected, V previous);
    }

    /** One test's or nested class's changes, with where the request journal stood at its start. */
    public static final class Scope {
        private final long journalMark;
        private final Map<List<Object>, Change<?, ?>> changes = new LinkedHashMap<>();
        private volatile boolean closed;

        private Scope(long journalMark) {
            this.journalMark = journalMark;
        }

        /** Returns the journal position at the scope's start. */
        public long journalMark() {
            return journalMark;
        }

        private synchronized <K, V> void record(Undoable<K, V> owner, K key, V previous, V now) {
            if (closed) {
                return;
            }
            List<Object> id = new ArrayList<>(2);
            id.add(owner);
            id.add(key);
            @SuppressWarnings("unchecked")
            Change<K, V> before = (Change<K, V>) changes.get(id);
            // The first change keeps the value from before the scope; later ones only move what to expect.
            changes.put(id, new Change<>(owner, key, before == null ? previous : before.previous(), now));
        }

        private void undo() {
            List<Change<?, ?>> todo;
            synchronized (this) {
                closed = true;
                todo = new ArrayList<>(changes.values());
                changes.clear();
            }
            for (int i = todo.size() - 1; i >= 0; i--) {
                todo.get(i).undo();
            }
        }
    }

    private record Change<K, V>(Undoable<K, V> owner, K key, V previous, V now) {
        void undo() {
            owner.restore(key, now, previous);
        }
    }
}
