package se.lefi.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsTest {

    @Test
    void build_whenNamesRepeatAndInterleave_keepsDeliveredOrderAndAllValues() {
        Details d = Details.builder().add("a", 1).add("b", "x").add("a", 2).add("c", null).add("a", 3).build();

        assertThat(d.names()).containsExactly("a", "b");
        assertThat(d.values("a")).containsExactly(1, 2, 3);
        assertThat(d.values("b")).containsExactly("x");
        assertThat(d.values("c")).isEmpty();
        assertThat(d.has("c")).isFalse();
    }

    @Test
    void values_whenSeveral_isUnmodifiable() {
        Details d = Details.builder().add("a", 1).add("a", 2).build();

        assertThatThrownBy(() -> d.values("a").add(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.names().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.values("a")).hasSize(2);
    }

    @Test
    void build_whenBuilderReused_leavesBuiltDetailsUnchanged() {
        Details.Builder builder = Details.builder().add("a", 1).add("a", 2);
        Details first = builder.build();
        builder.add("a", 3);

        assertThat(first.values("a")).containsExactly(1, 2);
        assertThat(builder.build().values("a")).containsExactly(3);
    }

    @Test
    void equals_whenSameValuesInAnotherNameOrder_isEqualWithTheHashOfAMapOfLists() {
        Details one = Details.builder().add("a", 1).add("a", 2).add("b", "x").build();
        Details other = Details.builder().add("b", "x").add("a", 1).add("a", 2).build();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.hashCode()).isEqualTo(Map.of("a", List.of(1, 2), "b", List.of("x")).hashCode());
        assertThat(one).isNotEqualTo(Details.builder().add("a", 1).add("b", "x").build());
        assertThat(Details.builder().build()).isEqualTo(Details.empty());
    }

    @Test
    void build_whenManyNames_findsEach() {
        Details.Builder builder = Details.builder();
        for (int i = 0; i < 50; i++) {
            builder.add("n" + i, i);
        }
        Details d = builder.build();

        assertThat(d.names()).hasSize(50).startsWith("n0", "n1").endsWith("n49");
        assertThat(d.integer("n37")).hasValue(37);
    }

    @Test
    void accessors_whenValuesTyped_convertAsBefore() {
        Details d = Details.builder().add("belopp", 5).add("kod", "K1").add("kod", new Code("K2", "två"))
                .add("namn", new Code("X", "")).build();

        assertThat(d.amount("belopp")).hasValue(BigDecimal.valueOf(5));
        assertThat(d.codes("kod")).containsExactly(Code.of("K1"), new Code("K2", "två"));
        assertThat(d.text("namn")).hasValue("X");
        assertThat(d.amount("kod")).isEmpty();
        assertThat(d.toString()).isEqualTo("Details[belopp, kod, namn]");
    }

    @Test
    void lookups_whenNameIsEqualButNotTheSameString_findTheValue() {
        Details d = Details.builder().add("belopp", BigDecimal.TEN).add(new String("belopp"), BigDecimal.ONE)
                .add("dagar", 5).build();

        assertThat(d.values(new String("belopp"))).containsExactly(BigDecimal.TEN, BigDecimal.ONE);
        assertThat(d.integer(new String("dagar"))).hasValue(5);
        assertThat(d.has(new String("timmar"))).isFalse();
        assertThat(d.names()).containsExactly("belopp", "dagar");
    }

    @Test
    void children_whenSeveral_areUnmodifiableInDeliveredOrderAndSkipOtherTypes() {
        Details first = Details.builder().add("dagar", 1).build();
        Details second = Details.builder().add("dagar", 2).build();
        Details d = Details.builder().add("rad", first).add("rad", second).add("rad", "text").add("dag", first)
                .add("dag", second).build();

        assertThat(d.children("rad")).containsExactly(first, second);
        assertThat(d.children("dag")).containsExactly(first, second);
        assertThat(d.children("dag").contains(null)).isFalse();
        assertThatThrownBy(() -> d.children("dag").add(first)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.children("rad").remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.texts("rad")).containsExactly("text");
        assertThat(d.children("saknas")).isEmpty();
        assertThat(d.integer("dag")).isEmpty();
    }
}
