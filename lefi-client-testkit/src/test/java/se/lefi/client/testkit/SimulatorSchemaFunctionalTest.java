package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lefi.client.Benefit;

/** Checks that everything the simulator writes, for every person and version, validates against the contract XSD. */
class SimulatorSchemaFunctionalTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 20);
    private static LefiOnlineSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(TODAY).start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    static Stream<Arguments> personsAndVersions() {
        List<String> persons = List.of(SyntheticPersons.SICK_EMPLOYEE, SyntheticPersons.SELF_EMPLOYED,
                SyntheticPersons.PARENT, SyntheticPersons.PROGRAMME_PARTICIPANT, SyntheticPersons.JOB_PARTICIPANT,
                SyntheticPersons.CARER, SyntheticPersons.PENSIONER, SyntheticPersons.PROTECTED_IDENTITY,
                SyntheticPersons.DECEASED, SyntheticPersons.SAMORDNINGSNUMMER, SyntheticPersons.PARENT_STUDENT_CHILD);
        return persons.stream().flatMap(p -> Stream.of(Arguments.of(p, "5.0"), Arguments.of(p, "5.1"),
                Arguments.of(p, "6.0")));
    }

    @ParameterizedTest
    @MethodSource("personsAndVersions")
    void query_whenEverythingAskedOverAllYears_answerValidatesAgainstTheVersionsXsd(String pnr, String version) {
        boolean six = version.equals("6.0");
        List<String> all = Arrays.stream(Benefit.values()).filter(b -> b != Benefit.UNKNOWN && !b.onlyInVersion9()).map(Benefit::code).toList();
        List<String> preliminary = six ? List.of("FK:AS", "FK:ET", "FK:FP", "FK:TFP", "FK:SJP") : List.of();

        RawSoap.Answer answer = RawSoap.post(simulator.endpoint(), RawSoap.query(six ? RawSoap.NS6 : RawSoap.NS5, version,
                SimulatedOrganisation.KOMMUN.organisationsnummer(), pnr, "2000-01-01", "2022-12-31", all, all,
                preliminary));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.payload().getAttribute("lefiOnlineVersion")).isEqualTo(version);
        assertThat(answer.count("generellPersoninformation")).isEqualTo(1);
        // Version 9's own lists (the child's barnbidrag recipient, the skatteuppgift) never reach SOAP.
        assertThat(answer.count("mottagareavbarnbidrag") + answer.count("skatteuppgift")).isZero();
        answer.validate();
    }

    @ParameterizedTest
    @MethodSource("personsAndVersions")
    void query_whenPreliminaryPaymentsBeforeFix_answerStillValidates(String pnr, String version) {
        try (LefiOnlineSimulator old = LefiOnlineSimulator.builder().today(TODAY).preliminaryPaymentsBeforeFix(true)
                .start()) {
            boolean six = version.equals("6.0");
            RawSoap.Answer answer = RawSoap.post(old.endpoint(), RawSoap.query(six ? RawSoap.NS6 : RawSoap.NS5, version,
                    SimulatedOrganisation.KOMMUN.organisationsnummer(), pnr, "2000-01-01", "2022-12-31",
                    List.of("FK:SJP"), List.of("FK:SJP", "FK:FP"), six ? List.of("FK:SJP", "FK:FP", "FK:AS") : List.of()));

            assertThat(answer.status()).isEqualTo(200);
            answer.validate();
        }
    }

    @Test
    void ping_inEachNamespace_answerValidates() {
        RawSoap.Answer five = RawSoap.post(simulator.endpoint(), RawSoap.ping(RawSoap.NS5));
        RawSoap.Answer six = RawSoap.post(simulator.endpoint(), RawSoap.ping(RawSoap.NS6));

        five.validate();
        six.validate();
        assertThat(five.text("lefiOnlineVersion")).isEqualTo("5.1");
        assertThat(six.text("lefiOnlineVersion")).isEqualTo("6.0");
    }

    @Test
    void query_whenFaulting_lefiFelValidatesInTheQueriedNamespace() {
        RawSoap.Answer five = RawSoap.post(simulator.endpoint(), RawSoap.query(RawSoap.NS5, "5.1",
                SimulatedOrganisation.KOMMUN.organisationsnummer(), SyntheticPersons.UNKNOWN_PERSON, "2020-01-01",
                "2020-12-31", List.of("FK:SJP"), List.of(), List.of()));

        assertThat(five.status()).isEqualTo(500);
        assertThat(five.lefiFel().getNamespaceURI()).isEqualTo(RawSoap.NS5);
        assertThat(five.text("felkod")).isEqualTo("PERSON_SAKNAS");
        five.validate();
    }

    @Test
    void validate_whenPayloadBreaksTheSchema_fails() {
        // The checks above are worth only as much as the validator: it must reject what the XSD forbids.
        String sixWithFiveVersion = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><pingSvar xmlns=\"" + RawSoap.NS6 + "\"><tidpunkt>2021-05-20T09:00:00+02:00</tidpunkt>"
                + "<lefiOnlineVersion>5.1</lefiOnlineVersion></pingSvar></soapenv:Body></soapenv:Envelope>";
        String misordered = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><pingSvar xmlns=\"" + RawSoap.NS5 + "\"><lefiOnlineVersion>5.1</lefiOnlineVersion>"
                + "<tidpunkt>2021-05-20T09:00:00+02:00</tidpunkt></pingSvar></soapenv:Body></soapenv:Envelope>";

        assertThatThrownBy(() -> RawSoap.of(200, sixWithFiveVersion).validate()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> RawSoap.of(200, misordered).validate()).isInstanceOf(AssertionError.class);
    }

    @Test
    void preliminaryPayments_onTheWire_haveEmptyBeloppstypAndAvdragsbeloppAndEveryAmountInBruttobelopp() {
        RawSoap.Answer answer = RawSoap.post(simulator.endpoint(), RawSoap.query(RawSoap.NS6, "6.0", "2120000142",
                SyntheticPersons.SICK_EMPLOYEE, TODAY.minusDays(30).toString(), TODAY.plusDays(30).toString(), List.of(),
                List.of(), List.of("FK:SJP")));

        assertThat(answer.count("preliminarautbetalningar")).isEqualTo(1);
        assertThat(answer.count("utbetalningsdetalj")).isEqualTo(3);
        assertThat(answer.count("beloppstyp")).isEqualTo(3);
        assertThat(answer.texts("beloppstyp")).containsOnly("");
        assertThat(answer.texts("avdragsbelopp")).hasSize(4).containsOnly("");
        assertThat(answer.count("skattebelopp")).isEqualTo(1);
        assertThat(answer.texts("summa")).containsExactly("7711", "2313", "4398", "7711", "2313", "1000");
        answer.validate();
    }
}
