package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.tck.ClearPersonnummer;

/** Checks the request journal and its assertions: typed records, passing checks, and failures that list what came. */
class VerificationTest {

    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    private static final LocalDate TO = LocalDate.of(2021, 12, 31);

    @RegisterExtension
    static LefiSimulatorExtension lefi = LefiSimulatorExtension.builder().today(LocalDate.of(2021, 5, 20)).build();

    private static void askSickEmployee(LefiClient client) {
        client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE)).period(FROM, TO)
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)
                .payments(Benefit.SJUKPENNING)
                .preliminaryPayments(Benefit.SJUKPENNING)
                .correlationId("case-4711")
                .fetch();
    }

    @Test
    void requests_afterAQuery_holdOneTypedVersionNeutralRecord() {
        askSickEmployee(lefi.client());

        assertThat(lefi.requests()).singleElement().satisfies(q -> {
            assertThat(q.version()).contains(LefiVersion.V6_0);
            assertThat(q.organisationsnummer()).contains(SimulatedOrganisation.KOMMUN.organisationsnummer());
            assertThat(q.aktorsId()).isEmpty();
            assertThat(q.personnummer()).contains(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE));
            assertThat(q.period()).contains(DatePeriod.of(FROM, TO));
            assertThat(q.benefits()).containsExactly(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING);
            assertThat(q.payments()).containsExactly(Benefit.SJUKPENNING);
            assertThat(q.preliminaryPayments()).containsExactly(Benefit.SJUKPENNING);
            assertThat(q.correlationId()).contains("case-4711");
            assertThat(q.outcome().answered()).isTrue();
            assertThat(q.toString()).contains("19850412-****").doesNotContain(SyntheticPersons.SICK_EMPLOYEE);
        });
    }

    @Test
    void verify_whenTheExpectedQueryWasMade_passes() {
        askSickEmployee(lefi.client());

        List<RecordedQuery> matched = lefi.verify().queried("19850412-2386")
                .inVersion(LefiVersion.V6_0)
                .byOrganisation("16" + SimulatedOrganisation.KOMMUN.organisationsnummer())
                .forPeriod(FROM, TO)
                .forBenefits(Benefit.SJUKPENNING)
                .withPayments(Benefit.SJUKPENNING)
                .withPreliminaryPayments(Benefit.SJUKPENNING)
                .withCorrelationId("case-4711")
                .answered()
                .queries();
        assertThat(matched).hasSize(1);
        lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE).once();
        lefi.verify().notQueried(SyntheticPersons.PARENT);
    }

    @Test
    void verify_whenAnotherPersonWasQueried_failsListingWhatCameMasked() {
        askSickEmployee(lefi.client());

        AssertionError e = catchThrowableOfType(AssertionError.class,
                () -> lefi.verify().queried(SyntheticPersons.PENSIONER));

        assertThat(e.getMessage())
                .startsWith("Expected a query about 19480702-**** but none matched.")
                .contains("Received 1 query:")
                .contains("1. 6.0 organisation=2120000142 personnummer=19850412-**** period=2021-01-01..2021-12-31"
                        + " benefits=[GENERELL_PERSONINFORMATION, SJUKPENNING] payments=[SJUKPENNING]"
                        + " preliminaryPayments=[SJUKPENNING] correlationId=case-4711 outcome=ANSWERED");
        assertThat(ClearPersonnummer.in(e.getMessage())).isEmpty();
    }

    @Test
    void verify_whenABenefitWasNotAsked_failsNamingEveryCondition() {
        askSickEmployee(lefi.client());

        assertThatThrownBy(() -> lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE).forBenefits(Benefit.FORALDRAPENNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected a query about 19850412-****, for benefits [FORALDRAPENNING] but none matched.")
                .hasMessageContaining("benefits=[GENERELL_PERSONINFORMATION, SJUKPENNING]");
    }

    @Test
    void verify_whenCountDiffers_failsWithTheCount() {
        askSickEmployee(lefi.client());
        askSickEmployee(lefi.client());

        assertThatThrownBy(() -> lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE).once())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 1 query about 19850412-**** but 2 matched.")
                .hasMessageContaining("Received 2 queries:");
        assertThatThrownBy(() -> lefi.verify().notQueried(SyntheticPersons.SICK_EMPLOYEE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected 0 queries about 19850412-****");
    }

    @Test
    void verify_whenNothingWasQueried_saysSo() {
        lefi.verify().nothingQueried();

        assertThatThrownBy(() -> lefi.verify().queried())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected a query but none matched. The simulator received no query.");
    }

    @Test
    void requests_whenTheServiceAnswersAFault_recordTheErrorCode() {
        assertThatThrownBy(() -> lefi.client().query(Personnummer.parse(SyntheticPersons.UNKNOWN_PERSON)).period(FROM, TO)
                .benefits(Benefit.SJUKPENNING).fetch()).isInstanceOf(LefiBusinessException.class);

        RecordedQuery q = lefi.verify().queried(SyntheticPersons.UNKNOWN_PERSON).failedWith("PERSON_SAKNAS").queries().get(0);
        assertThat(q.outcome().kind()).isEqualTo(RecordedQuery.Outcome.Kind.BUSINESS_ERROR);
        assertThatThrownBy(() -> lefi.verify().queried(SyntheticPersons.UNKNOWN_PERSON).answered())
                .isInstanceOf(AssertionError.class).hasMessageContaining("outcome=BUSINESS_ERROR PERSON_SAKNAS");
    }

    @Test
    void requests_whenTheConnectionBreaks_recordEveryAttempt() {
        lefi.simulator().networkFault(NetworkFault.CONNECTION_RESET);

        assertThatThrownBy(() -> askSickEmployee(lefi.client())).isInstanceOf(LefiTransportException.class);

        // The client tries a transport failure three times in all; each attempt reached the simulator.
        lefi.verify().queried(SyntheticPersons.SICK_EMPLOYEE).failedWith("CONNECTION_RESET").times(3);
        assertThat(lefi.requests()).allSatisfy(q ->
                assertThat(q.outcome().kind()).isEqualTo(RecordedQuery.Outcome.Kind.NETWORK_FAULT));
    }

    @Test
    void requests_in51_recordTheVersionAndNoPreliminaryPayments() {
        try (LefiClient five = lefi.simulator().client(LefiVersion.V5_1)) {
            five.query(Personnummer.parse(SyntheticPersons.PARENT)).period(FROM, TO).payments(Benefit.FORALDRAPENNING).fetch();
        }

        RecordedQuery q = lefi.verify().queried(SyntheticPersons.PARENT).inVersion(LefiVersion.V5_1)
                .withPayments(Benefit.FORALDRAPENNING).queries().get(0);
        assertThat(q.preliminaryPayments()).isEmpty();
        assertThat(q.benefits()).isEmpty();
        assertThat(q.correlationId()).isEmpty();
        assertThat(q.outcome()).isEqualTo(new RecordedQuery.Outcome(RecordedQuery.Outcome.Kind.ANSWERED, Optional.empty()));
    }

    @Test
    void ping_isNotAQuery_andIsNotRecorded() {
        lefi.client().ping();

        assertThat(lefi.requests()).isEmpty();
        assertThat(lefi.simulator().requestCount()).isPositive();
    }

    @Test
    void clearRequests_forgetsWhatCameBefore() {
        askSickEmployee(lefi.client());
        lefi.simulator().clearRequests();

        lefi.verify().nothingQueried();
    }
}
