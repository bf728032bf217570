package se.lefi.client.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.LefiSimulatorTest;
import se.lefi.client.testkit.SimulatedError;
import se.lefi.client.testkit.SimulatedPerson;

/** Holds the README's isolation example as a test that runs; both tests pass in either order. */
// README:begin
@LefiSimulatorTest
class TestKitIsolationReadmeTest {

    @BeforeAll
    static void everyTestSeesThisPerson(LefiOnlineSimulator lefi) {           // class-level set-up: stays
        lefi.add(SimulatedPerson.builder("19900101-0017")
                .sickness(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 14), 612).build());
    }

    @Test
    void sourceSystemDown_isATechnicalError(LefiOnlineSimulator lefi, LefiClient client) {
        lefi.error(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT"));        // undone after this test
        assertThatThrownBy(() -> sickness(client)).isInstanceOf(LefiTechnicalException.class);
    }

    @Test
    void anyOtherTest_findsTheServiceUp(LefiClient client) {
        assertThat(sickness(client).payments()).hasSize(1);
    }

    private static BenefitInformation sickness(LefiClient client) {
        return client.query(Personnummer.parse("19900101-0017"))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).payments(Benefit.SJUKPENNING).fetch();
    }
}
// README:end
