package se.lefi.client.testkit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
    // Every open change per entry, oldest first; guarded by this.
    private final Map<List<Object>, List<Change<?, ?>>> chains = new HashMap<>();

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
        undo(scope);
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
            record(scope, owner, key, previous, now);
        }
    }

    private synchronized <K, V> void record(Scope scope, Undoable<K, V> owner, K key, V previous, V now) {
        if (scope.closed) {
            return;
        }
        Change<K, V> change = new Change<>(owner, key, previous, now);
        chains.computeIfAbsent(List.of(owner, key), id -> new ArrayList<>()).add(change);
        scope.changes.add(change);
    }

    /**
     * Undoes a scope's changes, newest first. A change that a later scope changed again is not put
     * back; instead the later change inherits what this one replaced, so that when the later scope
     * ends the entry returns to what it was before both.
     */
    private void undo(Scope scope) {
        List<Change<?, ?>> todo;
        synchronized (this) {
            scope.closed = true;
            todo = new ArrayList<>(scope.changes);
            scope.changes.clear();
        }
        for (int i = todo.size() - 1; i >= 0; i--) {
            undo(todo.get(i));
        }
    }

    private <K, V> void undo(Change<K, V> change) {
        boolean last;
        synchronized (this) {
            List<Object> id = List.of(change.owner, change.key);
            List<Change<?, ?>> chain = chains.get(id);
            int at = chain.indexOf(change);
            last = at == chain.size() - 1;
            if (!last) {
                @SuppressWarnings("unchecked")
                Change<K, V> next = (Change<K, V>) chain.get(at + 1);
                next.previous = change.previous;
            }
            chain.remove(at);
            if (chain.isEmpty()) {
                chains.remove(id);
            }
        }
        if (last) {
            // Conditional, so a change made meanwhile outside any scope is not undone.
            change.owner.restore(change.key, change.now, change.previous);
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
        private final List<Change<?, ?>> changes = new ArrayList<>();
        private volatile boolean closed;

        private Scope(long journalMark) {
            this.journalMark = journalMark;
        }

        /** Returns the journal position at the scope's start. */
        public long journalMark() {
            return journalMark;
        }
    }

    /** One change to one entry; {@code previous} moves to the next change of the entry when this one is dropped. */
    private static final class Change<K, V> {
        private final Undoable<K, V> owner;
        private final K key;
        private final V now;
        private V previous;

        private Change(Undoable<K, V> owner, K key, V previous, V now) {
            this.owner = owner;
            this.key = key;
            this.previous = previous;
            this.now = now;
        }
    }
}
