package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/** Uses the annotation as a user would: the simulator and client arrive as parameters. */
@LefiSimulatorTest(today = "2021-05-20")
class LefiSimulatorTestAnnotationTest {

    private static LefiOnlineSimulator seenInBeforeAll;

    @BeforeAll
    static void remember(LefiOnlineSimulator simulator) {
        seenInBeforeAll = simulator;
    }

    @Test
    void parameters_areTheSameSimulatorForTheWholeClass(LefiOnlineSimulator simulator, LefiClient client) {
        assertThat(simulator).isSameAs(seenInBeforeAll);
        assertThat(client.endpoint()).isEqualTo(simulator.endpoint());
        assertThat(client.version()).isEqualTo(LefiVersion.V6_0);
        assertThat(simulator.today()).isEqualTo(LocalDate.of(2021, 5, 20));
    }

    @Test
    void client_againstAddedPerson_inThreeLines(LefiOnlineSimulator lefi, LefiClient client) {
        lefi.add(SimulatedPerson.builder("19900101-0017").karensCompensationAsEmployee(LocalDate.of(2020, 3, 16)).build());
        BenefitInformation info = client.query(Personnummer.parse("19900101-0017"))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 30)).payments(Benefit.SJUKPENNING).fetch();
        assertThat(info.payments().get(0).net()).isEqualByComparingTo("490");
    }

    @Test
    void defaultPersons_areKnown(LefiClient client) {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).fetch();

        assertThat(info.person().orElseThrow().name()).isEqualTo("Gustav Pensionär");
    }
}
