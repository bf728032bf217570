package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;

/** Tests the simulator's 5.0 and 5.1 answers through the real client and the 5.x adapter. */
class FiveXClientFunctionalTest {

    private static LefiOnlineSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(LocalDate.of(2021, 5, 20)).start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static BenefitInformation programme(LefiVersion version) {
        try (LefiClient client = simulator.client(version)) {
            return client.query(Personnummer.parse(SyntheticPersons.PROGRAMME_PARTICIPANT))
                    .period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 31))
                    .benefits(Benefit.AKTIVITETSSTOD, Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING)
                    .payments(Benefit.AKTIVITETSSTOD).fetch();
        }
    }

    @Test
    void programme_in50_comesFromTheActivitySupportCase() {
        BenefitInformation info = programme(LefiVersion.V5_0);

        assertThat(info.version()).isEqualTo(LefiVersion.V5_0);
        assertThat(info.programmes()).singleElement().satisfies(p -> assertThat(p.programme().id()).isEqualTo("40"));
        assertThat(info.cases(Benefit.AKTIVITETSSTOD).get(0).decisions().get(0).dayCount()).hasValue(19);
        assertThat(info.payments()).extracting(p -> p.family().id()).containsOnly("UTB");
    }

    @Test
    void programme_in51_comesFromProgramanvisningAndPaymentsTurnAmpAfter20190317() {
        BenefitInformation info = programme(LefiVersion.V5_1);

        assertThat(info.version()).isEqualTo(LefiVersion.V5_1);
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programme().id()).isEqualTo("40");
            assertThat(p.period().orElseThrow().to()).contains(LocalDate.of(2019, 6, 28));
        });
        assertThat(info.cases(Benefit.AKTIVITETSSTOD).get(0).decisions().get(0).dayCount()).isEmpty();
        assertThat(info.payments()).extracting(p -> p.family().id())
                .containsExactly("UTB", "UTB", "AMP", "AMP", "AMP", "AMP");
        // June 2019: 20 weekdays of 680.
        Payment june = info.payments().get(5);
        assertThat(june.gross()).isEqualByComparingTo("13600");
        assertThat(june.tax()).isEqualByComparingTo("4080");
    }

    @ParameterizedTest
    @EnumSource(value = LefiVersion.class, names = {"V5_0", "V5_1"})
    void karensCompensation_inFiveX_isTheSameSjukpenningPayment(LefiVersion version) {
        try (LefiClient client = simulator.client(version)) {
            BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SELF_EMPLOYED))
                    .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 30)).payments(Benefit.SJUKPENNING).fetch();

            assertThat(info.payments()).singleElement().satisfies(p -> {
                assertThat(p.gross()).isEqualByComparingTo("2412");
                assertThat(p.tax()).isEqualByComparingTo("723");
                assertThat(p.net()).isEqualByComparingTo("1689");
            });
        }
    }

    @Test
    void currentSickness_inFiveX_hasNoPreliminaryPaymentAndTheUnexecutedOneIsNotShown() {
        try (LefiClient client = simulator.client(LefiVersion.V5_1)) {
            BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                    .period(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 6, 30))
                    .benefits(Benefit.SJUKPENNING).payments(Benefit.SJUKPENNING).fetch();

            assertThat(info.cases(Benefit.SJUKPENNING)).hasSize(1);
            assertThat(info.payments()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LefiVersion.class, names = {"V5_0", "V5_1"})
    void ping_inFiveX_isAnsweredByTheNewestSupported5xInstance(LefiVersion version) {
        try (LefiClient client = simulator.client(version)) {
            assertThat(client.ping().version()).isEqualTo(LefiVersion.V5_1);
        }
    }

    @Test
    void query_in50OutsideTheWindow_throwsVersionStodsEj() {
        try (LefiOnlineSimulator window = LefiOnlineSimulator.builder()
                .supportedVersions(LefiVersion.V5_1, LefiVersion.V6_0).start();
             LefiClient client = window.client(LefiVersion.V5_0)) {
            assertThatThrownBy(() -> client.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.FORALDRAPENNING).fetch())
                    .isInstanceOfSatisfying(LefiTechnicalException.class,
                            e -> assertThat(e.errorCode()).contains("VERSION_STODS_EJ"));
        }
    }
}
