package se.lefi.client.internal.formansinformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;

/**
 * Proves {@link RawValues} reads every kind of delivered value as {@link Details}' typed getters
 * do, so payments built without details mean what they mean with them.
 */
class RawValuesTest {

    private static final List<Object> EVERY_KIND = Arrays.asList(null, "AMP", " ", Code.of("PS"),
            new BigDecimal("1095.50"), 17, Boolean.TRUE, LocalDate.of(2024, 2, 29),
            OffsetDateTime.parse("2024-02-29T10:15:30+01:00"),
            new DatePeriod(Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty()), new Fraction(1, 4),
            Details.builder().add("id", "x").build());

    @Test
    void everyGetter_whenAnyKindOfValue_sameAsDetails() {
        for (Object value : EVERY_KIND) {
            Details details = value == null ? Details.empty() : Details.builder().add("v", value).build();

            assertThat(RawValues.code(value)).as("code of %s", value).isEqualTo(details.code("v"));
            assertThat(RawValues.amount(value)).as("amount of %s", value).isEqualTo(details.amount("v"));
            assertThat(RawValues.integer(value)).as("integer of %s", value).isEqualTo(details.integer("v"));
            assertThat(RawValues.date(value)).as("date of %s", value).isEqualTo(details.date("v"));
            assertThat(RawValues.period(value)).as("period of %s", value).isEqualTo(details.period("v"));
            assertThat(RawValues.fraction(value)).as("fraction of %s", value).isEqualTo(details.fraction("v"));
        }
    }

    @Test
    void amount_whenWholeNumber_givesItsAmount() {
        assertThat(RawValues.amount(17)).contains(BigDecimal.valueOf(17));
    }
}
