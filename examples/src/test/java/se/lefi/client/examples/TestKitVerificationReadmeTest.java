package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.LefiSimulatorTest;
import se.lefi.client.testkit.SyntheticPersons;

/** Holds the README's verification example as a test that runs. */
// README:begin
@LefiSimulatorTest
class TestKitVerificationReadmeTest {

    @Test
    void caseHandling_asksForSicknessOnceWithTheCaseNumber(LefiOnlineSimulator lefi, LefiClient client) {
        client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))      // your code under test
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.SJUKPENNING).payments(Benefit.SJUKPENNING)
                .correlationId("case-4711").fetch();

        lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE)
                .forBenefits(Benefit.SJUKPENNING)
                .withPayments(Benefit.SJUKPENNING)
                .withCorrelationId("case-4711")
                .answered()
                .once();
        lefi.verify().notQueried(SyntheticPersons.PARENT);
        assertThat(lefi.requests().get(0).period().orElseThrow().to()).contains(LocalDate.of(2021, 12, 31));
    }

    @Test
    void aMissingQuery_failsListingWhatWasReceived(LefiOnlineSimulator lefi, LefiClient client) {
        client.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).benefits(Benefit.ALLMAN_PENSION).fetch();

        assertThatThrownBy(() -> lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE))
                .hasMessageContaining("Expected a query about 19850412-**** but none matched.")
                .hasMessageContaining("personnummer=19480702-****");
    }
}
// README:end
