package se.lefi.client.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks the undo of scoped changes, including two scopes on two threads changing the same entry. */
class ScopesTest {

    private final Scopes scopes = new Scopes();
    private final TrackedMap<String, String> map = new TrackedMap<>(scopes);
    private final TrackedValue<String> value = new TrackedValue<>(scopes, "value");
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    @Test
    void close_whenScopeAddedReplacedAndRemoved_restoresTheStateBeforeIt() {
        map.put("kept", "class");
        map.put("replaced", "class");
        map.put("removed", "class");
        value.set("class");

        Scopes.Scope scope = scopes.open(0);
        map.put("added", "test");
        map.put("replaced", "test");
        map.put("replaced", "test again");
        map.remove("removed");
        value.set("test");
        scopes.close(scope);

        assertThat(map.get("added")).isNull();
        assertThat(map.get("replaced")).isEqualTo("class");
        assertThat(map.get("removed")).isEqualTo("class");
        assertThat(map.get("kept")).isEqualTo("class");
        assertThat(value.get()).isEqualTo("class");
        assertThat(scopes.current()).isNull();
    }

    @Test
    void close_whenAnotherThreadsScopeChangedTheSameEntryLater_leavesItsValue() throws Exception {
        Scopes.Scope mine = scopes.open(0);
        map.put("shared", "mine");
        Scopes.Scope theirs = CompletableFuture.supplyAsync(() -> {
            Scopes.Scope s = scopes.open(0);
            map.put("shared", "theirs");
            return s;
        }, other).get();

        scopes.close(mine);
        assertThat(map.get("shared")).as("the later change of the other test stays").isEqualTo("theirs");

        CompletableFuture.runAsync(() -> scopes.close(theirs), other).get();
        // The other scope inherited what the first one replaced (nothing), so the entry is gone again.
        assertThat(map.get("shared")).isNull();
    }

    @Test
    void changes_onAThreadWithoutScope_stay() throws Exception {
        Scopes.Scope mine = scopes.open(0);
        CompletableFuture.runAsync(() -> map.put("unscoped", "stays"), other).get();
        scopes.close(mine);

        assertThat(map.get("unscoped")).isEqualTo("stays");
    }

    @Test
    void nestedScopes_undoInnerThenOuter() {
        Scopes.Scope outer = scopes.open(0);
        map.put("a", "outer");
        Scopes.Scope inner = scopes.open(5);
        assertThat(scopes.current()).isSameAs(inner);
        map.put("a", "inner");
        scopes.close(inner);
        assertThat(map.get("a")).isEqualTo("outer");
        assertThat(scopes.current()).isSameAs(outer);
        scopes.close(outer);
        assertThat(map.get("a")).isNull();
    }

    @Test
    void journal_since_keepsNumberingAcrossClearAndCapsItsSize() {
        Journal<Integer> journal = new Journal<>();
        journal.add(1);
        long mark = journal.mark();
        journal.add(2);
        assertThat(journal.since(mark)).containsExactly(2);
        journal.clear();
        journal.add(3);
        assertThat(journal.since(0)).containsExactly(3);
        for (int i = 0; i < Journal.CAPACITY + 5; i++) {
            journal.add(i);
        }
        assertThat(journal.since(0)).hasSize(Journal.CAPACITY);
    }
}
