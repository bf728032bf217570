package se.lefi.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetailsTest {

    @Test
    void values_whenNameDeliveredSeveralTimes_keepsEveryValueInDeliveredOrder() {
        Details d = Details.builder().add("dag", LocalDate.of(2020, 1, 1)).add("karens", true)
                .add("dag", LocalDate.of(2020, 1, 2)).add("dag", LocalDate.of(2020, 1, 3)).build();

        assertThat(d.dates("dag")).containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2),
                LocalDate.of(2020, 1, 3));
        assertThat(d.date("dag")).contains(LocalDate.of(2020, 1, 1));
        assertThat(d.names()).containsExactly("dag", "karens");
        assertThat(d.values("karens")).containsExactly(true);
        assertThat(d.values("saknas")).isEmpty();
    }

    @Test
    void equals_whenSameValuesUnderNamesInOtherOrder_isEqualWithTheSameHash() {
        Details a = Details.builder().add("x", 1).add("y", "text").add("x", 2).build();
        Details b = Details.builder().add("y", "text").add("x", 1).add("x", 2).build();
        Details c = Details.builder().add("y", "text").add("x", 2).add("x", 1).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(Details.builder().build()).isSameAs(Details.empty());
    }

    @Test
    void accessors_whenValueHasAnotherType_areEmptyOrConvert() {
        Details child = Details.builder().add("a", 1).build();
        Details d = Details.builder().add("belopp", 12).add("kod", "ORD").add("barn", child).add("barn", "text")
                .build();

        assertThat(d.amount("belopp")).contains(BigDecimal.valueOf(12));
        assertThat(d.integer("belopp")).hasValue(12);
        assertThat(d.date("belopp")).isEmpty();
        assertThat(d.code("kod")).contains(Code.of("ORD"));
        assertThat(d.text("kod")).contains("ORD");
        assertThat(d.children("barn")).containsExactly(child);
        assertThat(d.texts("barn")).containsExactly("text");
    }

    @Test
    void lists_whenReturned_cannotBeChanged() {
        Details child = Details.builder().add("a", 1).build();
        Details d = Details.builder().add("barn", child).add("barn", child).build();

        List<Details> children = d.children("barn");
        assertThat(children).hasSize(2);
        assertThatThrownBy(() -> children.add(child)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.values("barn").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.names().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void build_whenBuilderUsedAgain_startsAfreshAndLeavesTheFirstUntouched() {
        Details.Builder builder = Details.builder();
        Details first = builder.add("a", 1).build();
        Details second = builder.add("b", 2).build();

        assertThat(first.names()).containsExactly("a");
        assertThat(second.names()).containsExactly("b");
        assertThat(first.toString()).isEqualTo("Details[a]");
    }
}
