package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.LefiSimulatorTest;
import se.lefi.client.testkit.SimulatedPerson;

/** Holds the test kit example of the README as a test that runs, so the README never drifts. */
// README:begin
@LefiSimulatorTest
class SickLeaveReadmeTest {

    @Test
    void karensCompensation_isPaidNetOf30PercentTax(LefiOnlineSimulator lefi, LefiClient client) {
        lefi.add(SimulatedPerson.builder("19900101-0017").karensCompensationAsEmployee(LocalDate.of(2020, 3, 16)).build());
        BenefitInformation info = client.query(Personnummer.parse("19900101-0017"))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 30)).payments(Benefit.SJUKPENNING).fetch();

        Payment karens = info.payments().get(0);
        assertThat(karens.gross()).isEqualByComparingTo("700");
        assertThat(karens.net()).isEqualByComparingTo("490");
    }
}
// README:end
