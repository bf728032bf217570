package se.lefi.client.internal.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;

class LefiFaultVersionAdviceTest {

    @Test
    void supportedSuccessors_dayAfterSixZeroCame_namesFiveOneAndSixZero() {
        assertThat(VersionAdvice.supportedSuccessors(LefiVersion.V5_0, LocalDate.of(2019, 11, 18)))
                .startsWith("move to 5.1 or 6.0");
    }

    @Test
    void supportedSuccessors_afterFiveOneEnded_namesSixZeroOnly() {
        assertThat(VersionAdvice.supportedSuccessors(LefiVersion.V5_0, LocalDate.of(2021, 1, 1)))
                .startsWith("move to 6.0:");
    }

    @Test
    void toException_whenVersionNotSupported_isNonRetryableTechnicalErrorNamingTheVersionToMoveTo() {
        LefiFault fault = new LefiFault("TEKNISKT_FEL", "VERSION_STODS_EJ", "Versionen stöds inte.");

        LefiException e = fault.toException(LefiVersion.V5_1, "corr-1");

        // Today is past 5.1's end of support (2020-11-17), so the window leaves 6.0 only.
        assertThat(e).isInstanceOf(LefiTechnicalException.class);
        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).contains("VERSION_STODS_EJ");
        assertThat(e.correlationId()).contains("corr-1");
        assertThat(e.getMessage()).contains("Version 5.1 is outside the versions the service supports")
                .contains("move to 6.0 or 9:").contains("lefi-client-v6, lefi-client-v9").contains("Retrying does not help");
    }

    @Test
    void toException_whenTheLatestVersionIsNotSupported_saysToUpdateTheSdk() {
        LefiException six = new LefiFault("TEKNISKT_FEL", "VERSION_STODS_EJ", null).toException(LefiVersion.V6_0, null);
        assertThat(six.getMessage()).contains("move to 9:").contains("lefi-client-v9");
        LefiException e = new LefiFault("TEKNISKT_FEL", "VERSION_STODS_EJ", null).toException(LefiVersion.V9_0, null);

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("knows no version newer than 9").contains("update lefi-client");
    }

    @Test
    void toException_forOtherTechnicalCodes_staysRetryable() {
        LefiException e = new LefiFault("TEKNISKT_FEL", "KALLSYSTEM_OTILLGANGLIGT", null)
                .toException(LefiVersion.V5_1, null);

        assertThat(e).isInstanceOf(LefiTechnicalException.class);
        assertThat(e.retryable()).isTrue();
    }
}
