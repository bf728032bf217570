package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Decision;

/** Tests what each user category and agreement may see, through the real client. */
class UserCategoryFunctionalTest {

    private static LefiOnlineSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(LocalDate.of(2021, 5, 20)).start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static BenefitInformation childAllowanceAs(SimulatedOrganisation organisation) {
        try (LefiClient client = simulator.clientBuilder(LefiVersion.V6_0)
                .organisationsnummer(organisation.organisationsnummer()).build()) {
            return client.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.BARNBIDRAG).fetch();
        }
    }

    private static Decision extendedChildAllowance(BenefitInformation info) {
        return info.cases(Benefit.BARNBIDRAG).get(0).decisions().stream()
                .filter(d -> d.subBenefit().orElseThrow().id().equals("FBB")).findFirst().orElseThrow();
    }

    @Test
    void extendedChildAllowance_periodIsShownToTheFourPrivilegedCategories() {
        for (SimulatedOrganisation o : new SimulatedOrganisation[] {SimulatedOrganisation.KOMMUN,
                SimulatedOrganisation.FORSAKRINGSBOLAG, SimulatedOrganisation.KRONOFOGDEMYNDIGHETEN,
                SimulatedOrganisation.PENSIONSMYNDIGHETEN}) {
            Decision fbb = extendedChildAllowance(childAllowanceAs(o));
            assertThat(fbb.period()).as(o.category().name()).isPresent();
            assertThat(fbb.period().orElseThrow().to()).contains(LocalDate.of(2021, 6, 30));
        }
    }

    @Test
    void extendedChildAllowance_otherStateAuthorityGetsTheDecisionWithoutItsPeriod() {
        Decision fbb = extendedChildAllowance(childAllowanceAs(SimulatedOrganisation.OTHER_STATE_AUTHORITY));

        assertThat(fbb.period()).isEmpty();
        assertThat(fbb.decidedGross()).isPresent();
    }

    @Test
    void query_whenAgreementCoversPartOfWhatIsAsked_leavesTheRestOutSilently() {
        try (LefiClient insurer = simulator.clientBuilder(LefiVersion.V6_0)
                .organisationsnummer(SimulatedOrganisation.FORSAKRINGSBOLAG.organisationsnummer()).build()) {
            BenefitInformation info = insurer.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.FORALDRAPENNING, Benefit.AKTIVITETSSTOD)
                    .payments(Benefit.FORALDRAPENNING, Benefit.ALLMAN_PENSION).fetch();

            assertThat(info.cases()).isNotEmpty().allSatisfy(c -> assertThat(c.benefit()).isEqualTo(Benefit.FORALDRAPENNING));
            assertThat(info.payments()).isNotEmpty();
        }
    }

    @Test
    void query_whenAgreementCoversNothingAsked_failsWithObehorig() {
        try (LefiClient insurer = simulator.clientBuilder(LefiVersion.V6_0)
                .organisationsnummer(SimulatedOrganisation.FORSAKRINGSBOLAG.organisationsnummer()).build()) {
            assertThatThrownBy(() -> insurer.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.INTJANANDE).fetch())
                    .isInstanceOfSatisfying(LefiBusinessException.class,
                            e -> assertThat(e.errorCode()).contains("OBEHORIG"));
        }
    }

    @Test
    void query_fromAnOrganisationWithoutAgreement_failsWithObehorig() {
        try (LefiClient stranger = simulator.clientBuilder(LefiVersion.V6_0).organisationsnummer("5560000001")
                .build()) {
            assertThatThrownBy(() -> stranger.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).benefits(Benefit.BARNBIDRAG).fetch())
                    .isInstanceOfSatisfying(LefiBusinessException.class,
                            e -> assertThat(e.errorCode()).contains("OBEHORIG"));
        }
    }

    @Test
    void addOrganisation_withOwnAgreement_seesOnlyThatGroup() {
        simulator.addOrganisation(new SimulatedOrganisation("5561234567", UserCategory.FORSAKRINGSBOLAG,
                Set.of(Benefit.GENERELL_PERSONINFORMATION)));
        try (LefiClient own = simulator.clientBuilder(LefiVersion.V6_0).organisationsnummer("5561234567").build()) {
            BenefitInformation info = own.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.FORALDRAPENNING).fetch();

            assertThat(info.person()).isPresent();
            assertThat(info.cases()).isEmpty();
        }
    }
}
