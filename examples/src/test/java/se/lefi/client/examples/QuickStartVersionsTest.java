package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.BenefitInformation;

class QuickStartVersionsTest {

    @Test
    void run_fiveZero_printsTheFiveZeroSampleWithItsProgrammeFromTheActivityCase() {
        Run r = run(LefiVersion.V5_0);

        assertThat(r.info.version()).isEqualTo(LefiVersion.V5_0);
        assertThat(r.out).contains("LEFI Online 5.0 answered").contains("Tyra Testsson")
                .contains("Person 19800314-****").doesNotContain("19800314-2380")
                .containsPattern("period 2018-04-09..2018-08-31 +104 day\\(s\\)")
                .contains("Programmes (1)").contains("40 Arbetspraktik, 2018-04-09..2018-08-31")
                .containsPattern("executed +UTB +2018-04-25 +6 800.00 +2 040.00 +2 040.00 +4 760.00")
                .contains("Labour-market programme payments: 1, net 4 760.00 kr")
                .doesNotContain("PRELIMINARY").doesNotContain("Jobb- och utvecklingsgaranti:");
    }

    @Test
    void run_fiveOne_printsTheFiveOneSampleWithProgramanvisningAndAmpPayment() {
        Run r = run(LefiVersion.V5_1);

        assertThat(r.info.version()).isEqualTo(LefiVersion.V5_1);
        assertThat(r.out).contains("LEFI Online 5.1 answered").contains("Lukas Exempelsson")
                .contains("4 Jobbsökaraktiviteter, 2019-03-18..2019-06-28")
                .containsPattern("executed +AMP +2019-04-03 +6 800.00 +2 040.00 +2 040.00 +4 760.00")
                .contains("Labour-market programme payments: 1, net 4 760.00 kr")
                .containsPattern("PROGRAMERSATTNING +started - +closed, 1 decision")
                .containsPattern("5 day\\(s\\) +3 400.00 kr");
    }

    @Test
    void run_sixZero_printsTheSixZeroSampleWithJobDays() {
        Run r = run(LefiVersion.V6_0);

        assertThat(r.info.version()).isEqualTo(LefiVersion.V6_0);
        assertThat(r.out).contains("LEFI Online 6.0 answered").contains("Maja Provsson")
                .contains("53 Jobb- och utvecklingsgaranti, 2019-06-03..")
                .contains("Jobb- och utvecklingsgaranti: 312 day(s) used")
                .contains("Labour-market programme payments: 1, net 2 555.00 kr")
                .containsPattern("executed +DAG +2020-01-29 +4 670.00 +1 401.00 +2 201.00 +2 469.00");
    }

    @Test
    void version_withoutFlag_isTheLatest() {
        assertThat(QuickStart.version()).isEqualTo(LefiVersion.latest());
    }

    @Test
    void version_withFlagInEitherForm_isTheChosenVersion() {
        assertThat(QuickStart.version("--version", "5.0")).isEqualTo(LefiVersion.V5_0);
        assertThat(QuickStart.version("--version=5.1")).isEqualTo(LefiVersion.V5_1);
    }

    @Test
    void version_withUnknownVersionOrArgument_failsListingTheChoices() {
        assertThatThrownBy(() -> QuickStart.version("--version", "4.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5.0|5.1|6.0");
        assertThatThrownBy(() -> QuickStart.version("--verbose")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage");
    }

    private static Run run(LefiVersion version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenefitInformation info = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), version);
        return new Run(info, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Run(BenefitInformation info, String out) {
    }
}
