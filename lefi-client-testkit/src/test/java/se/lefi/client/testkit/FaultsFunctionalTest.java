package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.PingResult;

/**
 * Tests the simulator's faults: those the real client can provoke through the client, the rest
 * (which the client refuses to send) on the wire.
 */
class FaultsFunctionalTest {

    /** The response timeout of the tests about it. */
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    /** A delay six times that timeout: no answer so delayed can arrive in time, however idle the machine. */
    private static final Duration SLOW = SHORT_TIMEOUT.multipliedBy(6);

    private static LefiOnlineSimulator simulator;
    private static LefiClient client;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(LocalDate.of(2021, 5, 20)).start();
        // Ample: a slow but normal answer on a loaded machine must not become a retry, which the
        // exact request counts below would see. The delay tests use their own short timeout.
        client = simulator.clientBuilder(LefiVersion.V6_0).responseTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @AfterEach
    void clear() {
        simulator.clearDisturbances();
    }

    private static RawSoap.Answer raw(String pnr, String from, String tom, List<String> info) {
        return RawSoap.post(simulator.endpoint(), RawSoap.query(RawSoap.NS6, "6.0", "2120000142", pnr, from, tom, info,
                List.of(), List.of()));
    }

    private static void fetchSick(LefiClient c, String pnr) {
        c.query(Personnummer.parse(pnr)).period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.SJUKPENNING).fetch();
    }

    @Test
    void query_withWrongCheckDigit_isAnsweredWithOgiltigtPersonnummer() {
        RawSoap.Answer answer = raw("198504122387", "2020-01-01", "2020-12-31", List.of("FK:SJP"));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text("faultcode")).isEqualTo("soapenv:Client");
        assertThat(answer.text("feltyp")).isEqualTo("VERKSAMHETSFEL");
        assertThat(answer.text("felkod")).isEqualTo("OGILTIGT_PERSONNUMMER");
        assertThat(answer.body()).doesNotContain("198504122387".substring(0, 8) + "-");
        answer.validate();
    }

    @Test
    void query_withFromAfterTom_isAnsweredWithOgiltigPeriod() {
        RawSoap.Answer answer = raw(SyntheticPersons.PARENT, "2020-12-31", "2020-01-01", List.of("FK:FP"));

        assertThat(answer.text("felkod")).isEqualTo("OGILTIG_PERIOD");
        answer.validate();
    }

    @Test
    void query_withNothingAsked_isAnsweredWithIngenFormanVald() {
        RawSoap.Answer answer = raw(SyntheticPersons.PARENT, "2020-01-01", "2020-12-31", List.of());

        assertThat(answer.text("felkod")).isEqualTo("INGEN_FORMAN_VALD");
        answer.validate();
    }

    @Test
    void query_withOnlyUnknownCodes_isAnsweredEmpty() {
        RawSoap.Answer answer = raw(SyntheticPersons.PARENT, "2020-01-01", "2020-12-31", List.of("FK:EJO", "FK:NEW"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.count("formansinformation")).isEqualTo(1);
        assertThat(answer.count("generellPersoninformation")).isZero();
    }

    @Test
    void query_forUnknownPerson_throwsBusinessExceptionPersonSaknas() {
        assertThatThrownBy(() -> fetchSick(client, SyntheticPersons.UNKNOWN_PERSON))
                .isInstanceOfSatisfying(LefiBusinessException.class, e -> {
                    assertThat(e.errorCode()).contains("PERSON_SAKNAS");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("199001010017");
                });
    }

    @Test
    void query_inVersionOutsideTheWindow_throwsTechnicalVersionStodsEj() {
        try (LefiOnlineSimulator fiveOnly = LefiOnlineSimulator.builder().supportedVersions(LefiVersion.V5_0,
                LefiVersion.V5_1).start(); LefiClient six = fiveOnly.client(LefiVersion.V6_0)) {
            assertThatThrownBy(() -> fetchSick(six, SyntheticPersons.SICK_EMPLOYEE))
                    .isInstanceOfSatisfying(LefiTechnicalException.class, e -> {
                        assertThat(e.errorCode()).contains("VERSION_STODS_EJ");
                        assertThat(e.retryable()).isFalse();
                    });
        }
    }

    @Test
    void query_in50WhenOnly51And60AreSupported_isAnsweredWithVersionStodsEjInNamespace5() {
        try (LefiOnlineSimulator window = LefiOnlineSimulator.builder().supportedVersions(LefiVersion.V5_1,
                LefiVersion.V6_0).start()) {
            RawSoap.Answer answer = RawSoap.post(window.endpoint(), RawSoap.query(RawSoap.NS5, "5.0", "2120000142",
                    SyntheticPersons.PARENT, "2020-01-01", "2020-12-31", List.of("FK:FP"), List.of(), List.of()));

            assertThat(answer.text("feltyp")).isEqualTo("TEKNISKT_FEL");
            assertThat(answer.text("felkod")).isEqualTo("VERSION_STODS_EJ");
            assertThat(answer.text("faultcode")).isEqualTo("soapenv:Server");
            assertThat(answer.lefiFel().getNamespaceURI()).isEqualTo(RawSoap.NS5);
            assertThat(answer.text("felmeddelande")).contains("5.1 eller 6.0");
            answer.validate();
        }
    }

    @Test
    void query_withVersionOfTheOtherNamespace_isAnsweredWithVersionStodsEj() {
        RawSoap.Answer answer = RawSoap.post(simulator.endpoint(), RawSoap.query(RawSoap.NS5, "6.0", "2120000142",
                SyntheticPersons.PARENT, "2020-01-01", "2020-12-31", List.of("FK:FP"), List.of(), List.of()));

        assertThat(answer.text("felkod")).isEqualTo("VERSION_STODS_EJ");
    }

    @Test
    void query_whenLegacyApplikationsfelOnDemand_throwsRetryableTechnicalExceptionKeepingTheLegacyType() {
        simulator.error(SimulatedError.applikationsfel());

        assertThatThrownBy(() -> fetchSick(client, SyntheticPersons.SICK_EMPLOYEE))
                .isInstanceOfSatisfying(LefiTechnicalException.class, e -> {
                    assertThat(e.legacyErrorType()).contains("APPLIKATIONSFEL");
                    assertThat(e.errorCode()).contains("INTERNT_FEL");
                    assertThat(e.retryable()).isTrue();
                });
        RawSoap.Answer answer = raw(SyntheticPersons.PARENT, "2020-01-01", "2020-12-31", List.of("FK:FP"));
        assertThat(answer.count("tidpunkt")).isZero();
        answer.validate();
    }

    @Test
    void query_whenTechnicalErrorForOnePerson_othersAreAnswered() {
        simulator.add(SimulatedPerson.builder("19660606-6063").name("Frida Felsson")
                .error(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT")).build());

        assertThatThrownBy(() -> fetchSick(client, "196606066063"))
                .isInstanceOfSatisfying(LefiTechnicalException.class,
                        e -> assertThat(e.errorCode()).contains("KALLSYSTEM_OTILLGANGLIGT"));
        fetchSick(client, SyntheticPersons.SICK_EMPLOYEE);
    }

    @Test
    void query_whenDelayedBeyondTheResponseTimeout_throwsTransportException() {
        simulator.delay(SLOW);

        try (LefiClient impatient = impatientClient()) {
            assertThatThrownBy(() -> fetchSick(impatient, SyntheticPersons.SICK_EMPLOYEE))
                    .isInstanceOf(LefiTransportException.class).hasMessageContaining("timeout");
        }
    }

    @Test
    void query_whenPersonIsDelayed_onlyThatPersonIsSlow() {
        simulator.add(SimulatedPerson.builder("19660606-6063").name("Sakta Söderberg").delay(SLOW).build());

        try (LefiClient impatient = impatientClient()) {
            assertThatThrownBy(() -> fetchSick(impatient, "196606066063")).isInstanceOf(LefiTransportException.class)
                    .hasMessageContaining("timeout");
        }
        fetchSick(client, SyntheticPersons.SICK_EMPLOYEE);
    }

    /** A client for the tests about the response timeout: one attempt, which {@link #SLOW} always outlasts. */
    private static LefiClient impatientClient() {
        return simulator.clientBuilder(LefiVersion.V6_0).responseTimeout(SHORT_TIMEOUT).maxAttempts(1).build();
    }

    @Test
    void query_whenConnectionIsReset_throwsTransportException() {
        for (NetworkFault fault : NetworkFault.values()) {
            simulator.networkFault(fault);
            assertThatThrownBy(() -> fetchSick(client, SyntheticPersons.SICK_EMPLOYEE)).as(fault.name())
                    .isInstanceOf(LefiTransportException.class);
        }
    }

    @Test
    void ping_answersTheVersionOfTheNamespace() {
        int before = simulator.requestCount();

        PingResult ping = client.ping();

        assertThat(ping.version()).isEqualTo(LefiVersion.V6_0);
        assertThat(simulator.requestCount()).isEqualTo(before + 1);
    }

    @Test
    void request_thatIsNotSoap_isAnsweredWithABusinessFault() {
        RawSoap.Answer answer = RawSoap.post(simulator.endpoint(),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text("felkod")).isEqualTo("OGILTIG_FRAGA");
        assertThat(answer.body()).doesNotContain("boom");
    }
}
