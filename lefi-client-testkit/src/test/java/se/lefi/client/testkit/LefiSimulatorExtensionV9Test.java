package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Deviation;

/** Registers the extension for version 9 as an organisation that may not see every group. */
class LefiSimulatorExtensionV9Test {

    @RegisterExtension
    static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder()
            .version(LefiVersion.V9_0)
            .organisationsnummer(SimulatedOrganisation.FORSAKRINGSBOLAG.organisationsnummer())
            .today(LocalDate.of(2021, 5, 20))
            .build();

    @Test
    void client_whenTheExtensionSpeaks9_queriesWithTheOrganisationsAktorsId() {
        BenefitInformation info = lefi.client().query(Personnummer.parse(SyntheticPersons.PARENT))
                .period(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31))
                .benefits(Benefit.FORALDRAPENNING, Benefit.OMVARDNADSBIDRAG).fetch();

        assertThat(lefi.client().version()).isEqualTo(LefiVersion.V9_0);
        assertThat(info.cases(Benefit.FORALDRAPENNING)).hasSize(1);
        assertThat(info.deviations()).extracting(Deviation::benefit).containsExactly(Benefit.OMVARDNADSBIDRAG);
        lefi.verify().queried(SyntheticPersons.PARENT).inVersion(LefiVersion.V9_0).once();
        assertThat(lefi.simulator().requests()).singleElement().satisfies(q -> assertThat(q.aktorsId())
                .contains(SimulatedOrganisation.FORSAKRINGSBOLAG.aktorsId()));
    }
}
