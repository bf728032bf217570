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
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Decision;

/** Tests what each user category and agreement may see, through the real client. */
class UserCategoryFunctionalTest {

    /** The formansfamilj of föräldrapenning's payments. */
    private static final String PARENTAL_FAMILY = "FP";

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
        // The parent has föräldrapenning and barnbidrag, cases and payments: the kommun sees them all,
        // the other state authority's agreement covers barnbidrag only.
        BenefitInformation all = parentsFamilyBenefitsAs(SimulatedOrganisation.KOMMUN);
        BenefitInformation part = parentsFamilyBenefitsAs(SimulatedOrganisation.OTHER_STATE_AUTHORITY);

        assertThat(all.cases(Benefit.FORALDRAPENNING)).isNotEmpty();
        assertThat(all.cases(Benefit.BARNBIDRAG)).isNotEmpty();
        assertThat(all.payments()).extracting(p -> p.family().id()).contains(PARENTAL_FAMILY);
        assertThat(part.cases(Benefit.FORALDRAPENNING)).isEmpty();
        assertThat(part.cases()).extracting(BenefitCase::benefit).isNotEmpty().containsOnly(Benefit.BARNBIDRAG)
                .hasSameSizeAs(all.cases(Benefit.BARNBIDRAG));
        assertThat(part.payments()).isEqualTo(all.payments().stream()
                .filter(p -> !p.family().id().equals(PARENTAL_FAMILY)).toList());
    }

    private static BenefitInformation parentsFamilyBenefitsAs(SimulatedOrganisation organisation) {
        try (LefiClient client = simulator.clientBuilder(LefiVersion.V6_0)
                .organisationsnummer(organisation.organisationsnummer()).build()) {
            return client.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                    .benefits(Benefit.FORALDRAPENNING, Benefit.BARNBIDRAG)
                    .payments(Benefit.FORALDRAPENNING, Benefit.BARNBIDRAG).fetch();
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
