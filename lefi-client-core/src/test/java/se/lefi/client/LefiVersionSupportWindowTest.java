package se.lefi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LefiVersionSupportWindowTest {

    @Test
    void endOfSupport_whenAFurtherVersionCameWithinTheYear_isThatRelease() {
        // 5.1 came 2019-03-17; a year later would be 2020-03-17, but 6.0 came first, on 2019-11-17.
        assertThat(LefiVersion.V5_0.endOfSupport()).contains(LocalDate.of(2019, 11, 17));
    }

    @Test
    void endOfSupport_whenNoFurtherVersionIsKnown_isOneYearAfterTheNextRelease() {
        assertThat(LefiVersion.V5_1.endOfSupport()).contains(LocalDate.of(2020, 11, 17));
    }

    @Test
    void endOfSupport_forTheLatestVersion_isEmpty() {
        assertThat(LefiVersion.latest()).isEqualTo(LefiVersion.V9_0);
        assertThat(LefiVersion.V9_0.endOfSupport()).isEmpty();
    }

    @Test
    void endOfSupport_of60_isEmptyBecauseNeitherItsClosureNorVersion9sStartIsPublished() {
        assertThat(LefiVersion.V6_0.endOfSupport()).isEmpty();
        assertThat(LefiVersion.V9_0.releaseDate()).isEqualTo(LocalDate.of(2025, 1, 30));
        assertThat(LefiVersion.fromWireValue("9")).contains(LefiVersion.V9_0);
    }

    @Test
    void supportedOn_aroundTheEndOfSupport_switchesOnTheEndDay() {
        assertThat(LefiVersion.V5_0.supportedOn(LocalDate.of(2019, 11, 16))).isTrue();
        assertThat(LefiVersion.V5_0.supportedOn(LocalDate.of(2019, 11, 17))).isFalse();
        assertThat(LefiVersion.V5_1.supportedOn(LocalDate.of(2020, 11, 16))).isTrue();
        assertThat(LefiVersion.V5_1.supportedOn(LocalDate.of(2020, 11, 17))).isFalse();
    }

    @Test
    void supportedOn_beforeTheRelease_isFalse() {
        assertThat(LefiVersion.V6_0.supportedOn(LocalDate.of(2019, 11, 16))).isFalse();
        assertThat(LefiVersion.V6_0.supportedOn(LocalDate.of(2019, 11, 17))).isTrue();
        assertThat(LefiVersion.V6_0.supportedOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void supportedOn_anyDay_supportsAtMostTwoVersions() {
        for (LocalDate day = LocalDate.of(2018, 12, 1); day.isBefore(LocalDate.of(2021, 6, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            long supported = java.util.Arrays.stream(LefiVersion.values()).filter(v -> v.supportedOn(d)).count();
            assertThat(supported).as("versions supported on %s", d).isLessThanOrEqualTo(2);
        }
    }
}
