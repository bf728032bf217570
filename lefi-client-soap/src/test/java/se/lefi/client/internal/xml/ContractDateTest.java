package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractDateTest {

    @Test
    void parse_whenExtendedDate_givesThatDay() {
        assertThat(ContractDate.parse("2020-04-07")).isEqualTo(
                new ContractDate(LocalDate.of(2020, 4, 7), LocalDate.of(2020, 4, 7)));
        assertThat(ContractDate.parse("2020-04-07+02:00").start()).isEqualTo(LocalDate.of(2020, 4, 7));
    }

    @Test
    void parse_whenBasicDate_givesThatDay() {
        assertThat(ContractDate.parse("20200325").start()).isEqualTo(LocalDate.of(2020, 3, 25));
    }

    @Test
    void parse_whenYearMonth_spansTheMonth() {
        ContractDate february = ContractDate.parse("2020-02");
        assertThat(february.start()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(february.end()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void parse_whenBlank_isAbsent() {
        assertThat(ContractDate.parse("  ")).isNull();
        assertThat(ContractDate.parse(null)).isNull();
    }

    @Test
    void parse_whenNotADate_fails() {
        assertThatThrownBy(() -> ContractDate.parse("2020-13-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContractDate.parse("7 april")).isInstanceOf(IllegalArgumentException.class);
    }
}
