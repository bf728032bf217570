package se.lefi.client.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.lefi.client.model.Details;

class DetailsArraysTest {

    @Test
    void details_whenSameValuesAsBuilder_isEqualWithSameNamesAndHash() {
        Object days = DetailsArrays.repeated(new Object[] {1, 2, 3, null}, 3);
        Details fromArrays = DetailsArrays.details(new String[] {"a", "b"}, new Object[] {days, "x"});
        Details fromBuilder = Details.builder().add("a", 1).add("b", "x").add("a", 2).add("a", 3).build();

        assertThat(fromArrays).isEqualTo(fromBuilder);
        assertThat(fromArrays.hashCode()).isEqualTo(fromBuilder.hashCode());
        assertThat(fromArrays.names()).containsExactly("a", "b");
        assertThat(fromArrays.values("a")).containsExactly(1, 2, 3);
        assertThat(fromArrays.integer("a")).hasValue(1);
    }

    @Test
    void details_whenNoNames_isEmpty() {
        assertThat(DetailsArrays.details(new String[0], new Object[0])).isSameAs(Details.empty());
    }

    @Test
    void details_whenLengthsDiffer_throwsIllegalArgument() {
        assertThatThrownBy(() -> DetailsArrays.details(new String[] {"a"}, new Object[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repeated_whenFewerThanTwo_throwsIllegalArgument() {
        assertThatThrownBy(() -> DetailsArrays.repeated(new Object[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void install_whenNotDetailsOwnMaker_throwsIllegalState() {
        DetailsArrays.Maker foreign = new DetailsArrays.Maker() {
            @Override
            public Details details(String[] names, Object[] values) {
                return Details.empty();
            }

            @Override
            public Object repeated(Object[] items, int count) {
                return null;
            }
        };

        assertThatThrownBy(() -> DetailsArrays.install(foreign)).isInstanceOf(IllegalStateException.class);
    }
}
