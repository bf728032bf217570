package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/** Registers the extension in code, with its own person and organisation and no default persons. */
class LefiSimulatorExtensionTest {

    @RegisterExtension
    static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder()
            .organisationsnummer(SimulatedOrganisation.FORSAKRINGSBOLAG.organisationsnummer())
            .withoutDefaultPersons()
            .person(SimulatedPerson.builder("19900101-0017").name("Test Testsson")
                    .sickness(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 7), 500).build())
            .build();

    @Test
    void client_fromTheField_queriesTheConfiguredPerson() {
        BenefitInformation info = lefi.client().query(Personnummer.parse("19900101-0017"))
                .period(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28))
                .benefits(Benefit.SJUKPENNING).payments(Benefit.SJUKPENNING).fetch();

        // 7 days of 500 less a karensavdrag of 700 (20 % of a week), tax 30 % of 2 800.
        assertThat(info.payments().get(0).gross()).isEqualByComparingTo("2800");
        assertThat(info.payments().get(0).tax()).isEqualByComparingTo("840");
    }

    @Test
    void defaultPersons_whenLeftOut_areUnknown() {
        assertThatThrownBy(() -> lefi.client().query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).benefits(Benefit.SJUKPENNING).fetch())
                .isInstanceOfSatisfying(LefiBusinessException.class,
                        e -> assertThat(e.errorCode()).contains("PERSON_SAKNAS"));
    }

    @Test
    void parameters_resolveToTheFieldsSimulatorAndClient(LefiOnlineSimulator simulator, LefiClient client) {
        assertThat(simulator).isSameAs(lefi.simulator());
        assertThat(client).isSameAs(lefi.client());
        assertThat(client.version()).isEqualTo(LefiVersion.V6_0);
    }
}
