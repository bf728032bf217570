package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.BenefitInformation;

/** Runs the quick start on the simulator in every version and checks the printed values. */
class QuickStartTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 20);

    @Test
    void run_sixZero_printsKarensCompensationPreliminaryPaymentAndJobDays() {
        Run r = run(LefiVersion.V6_0);

        assertThat(r.infos()).extracting(BenefitInformation::version).containsOnly(LefiVersion.V6_0);
        assertThat(r.out()).contains("LEFI Online 6.0 answered").contains("Sara Sjukdal").contains("19850412-****")
                .doesNotContain("198504122386")
                .containsPattern("executed +DAG +2020-04-14 +700.00 +210.00 +210.00 +490.00")
                .containsPattern("karensavdrag 857.00 kr")
                .containsPattern("PRELIMINARY +DAG +2021-05-26 +7 711.00 +2 313.00 +3 313.00 +4 398.00")
                .containsPattern("DEDUCTION +SJP +1 000.00 \\(INF\\)")
                .contains("53 Jobb- och utvecklingsgaranti, 2019-06-03..2020-08-28")
                .contains("Jobb- och utvecklingsgaranti: 312 day(s) used")
                .containsPattern("executed +AMP +2019-07-05 +7 300.00 +2 190.00 +2 190.00 +5 110.00");
    }

    @Test
    void run_fiveOne_printsProgramanvisningAndNoPreliminaryPayments() {
        Run r = run(LefiVersion.V5_1);

        assertThat(r.infos().get(1).version()).isEqualTo(LefiVersion.V5_1);
        assertThat(r.out()).contains("LEFI Online 5.1 answered").contains("53 Jobb- och utvecklingsgaranti, 2019-06-03")
                .doesNotContain("PRELIMINARY").doesNotContain("Jobb- och utvecklingsgaranti:")
                .containsPattern("executed +AMP +2019-07-05");
    }

    @Test
    void run_fiveZero_printsTheProgrammeFromTheActivityCaseAndUtbPayments() {
        Run r = run(LefiVersion.V5_0);

        assertThat(r.out()).contains("LEFI Online 5.0 answered")
                .contains("53 Jobb- och utvecklingsgaranti fas 1 och 2, 2019-06-03..2019-08-31")
                .containsPattern("period 2019-06-03..2019-06-30 +20 day\\(s\\)")
                .containsPattern("executed +UTB +2019-07-05 +7 300.00")
                .contains("Labour-market programme payments: 2, net 10 987.00 kr");
    }

    @Test
    void version_withoutFlag_isTheSimulatorsNewest() {
        assertThat(QuickStart.version()).isEqualTo(QuickStart.DEFAULT_VERSION);
    }

    @Test
    void version_withFlagInEitherForm_isTheChosenVersion() {
        assertThat(QuickStart.version("--version", "5.0")).isEqualTo(LefiVersion.V5_0);
        assertThat(QuickStart.version("--version=5.1")).isEqualTo(LefiVersion.V5_1);
    }

    @Test
    void version_whenNine_isVersion9() {
        assertThat(QuickStart.version("--version", "9")).isEqualTo(LefiVersion.V9_0);
    }

    @Test
    void run_nine_printsTheSameSicknessAndProgrammeValuesAsSixZero() {
        Run r = run(LefiVersion.V9_0);

        assertThat(r.infos()).extracting(BenefitInformation::version).containsOnly(LefiVersion.V9_0);
        assertThat(r.out()).contains("LEFI Online 9 answered").contains("Sara Sjukdal").contains("19850412-****")
                .doesNotContain("198504122386")
                .containsPattern("executed +DAG +2020-04-14 +700.00 +210.00 +210.00 +490.00")
                .containsPattern("PRELIMINARY +DAG +2021-05-26 +7 711.00 +2 313.00 +3 313.00 +4 398.00")
                .contains("53 Jobb- och utvecklingsgaranti, 2019-06-03..2020-08-28")
                .contains("Jobb- och utvecklingsgaranti: 312 day(s) used")
                .containsPattern("executed +AMP +2019-07-05 +7 300.00 +2 190.00 +2 190.00 +5 110.00");
    }

    @Test
    void version_withUnknownVersionOrArgument_failsListingTheChoices() {
        assertThatThrownBy(() -> QuickStart.version("--version", "4.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5.0|5.1|6.0|9");
        assertThatThrownBy(() -> QuickStart.version("--verbose")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage");
    }

    private static Run run(LefiVersion version) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<BenefitInformation> infos = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), version,
                TODAY);
        return new Run(infos, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Run(List<BenefitInformation> infos, String out) {
    }
}
