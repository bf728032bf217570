package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Tests that the simulator answers each version in its own shape: 6.0 through the real client,
 * 5.0 and 5.1 on the wire (validated against the 5.x XSD) until a 5.x adapter is on the class path.
 */
class VersionShapesFunctionalTest {

    private static final List<String> PROGRAMME_GROUPS = List.of("FK:AS", "FK:PANV", "FK:PROG", "FK:PJOB");
    private static LefiOnlineSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(LocalDate.of(2021, 5, 20)).start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static RawSoap.Answer programmeQuery(String version, String pnr, String from, String tom) {
        RawSoap.Answer answer = RawSoap.post(simulator.endpoint(), RawSoap.query(
                version.equals("6.0") ? RawSoap.NS6 : RawSoap.NS5, version, "2120000142", pnr, from, tom,
                PROGRAMME_GROUPS, List.of("FK:AS"), List.of()));
        assertThat(answer.status()).isEqualTo(200);
        answer.validate();
        return answer;
    }

    @Test
    void activitySupport_in50_carriesAtgardstypAndDaysAndNoProgramanvisning() {
        RawSoap.Answer answer = programmeQuery("5.0", SyntheticPersons.PROGRAMME_PARTICIPANT, "2019-01-01", "2019-07-31");

        assertThat(answer.payload().getNamespaceURI()).isEqualTo(RawSoap.NS5);
        assertThat(answer.count("atgardstyp")).isEqualTo(1);
        assertThat(answer.count("programanvisning")).isZero();
        assertThat(answer.count("ersattningsdagar")).isZero();
        // January 2019 from the 7th: 19 weekdays.
        assertThat(answer.texts("dagar").get(0)).isEqualTo("19");
        // The same six payments as in 5.1 (two before the change of 2019-03-17, four after), all UTB in 5.0.
        assertThat(answer.texts("formansfamilj")).hasSize(6).allMatch(f -> f.startsWith("UTB"));
    }

    @Test
    void activitySupport_in51_movesTheProgrammeToProgramanvisningAndPaysAmpAfterTheChange() {
        RawSoap.Answer answer = programmeQuery("5.1", SyntheticPersons.PROGRAMME_PARTICIPANT, "2019-01-01", "2019-07-31");

        assertThat(answer.payload().getAttribute("lefiOnlineVersion")).isEqualTo("5.1");
        assertThat(answer.count("atgardstyp")).isZero();
        assertThat(answer.count("programanvisning")).isEqualTo(1);
        assertThat(answer.count("omfattning")).isPositive();
        assertThat(answer.count("ersattningsdagar")).isPositive();
        List<String> families = answer.texts("formansfamilj").stream().map(f -> f.substring(0, 3)).toList();
        // Paid 2019-02-05 and 2019-03-05 before the change of 2019-03-17, then four months after it.
        assertThat(families).containsExactly("UTB", "UTB", "AMP", "AMP", "AMP", "AMP");
    }

    @Test
    void jobDays_inFiveX_areNotAnsweredEvenWhenAsked() {
        RawSoap.Answer answer = programmeQuery("5.1", SyntheticPersons.JOB_PARTICIPANT, "2019-06-01", "2020-08-31");

        assertThat(answer.count("programjobdagar")).isZero();
        assertThat(answer.count("preliminarautbetalningar")).isZero();
    }

    @Test
    void programmeAndJobDays_in60_reachTheDomainModel() {
        try (LefiClient client = simulator.client(LefiVersion.V6_0)) {
            BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.JOB_PARTICIPANT))
                    .period(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))
                    .benefits(Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING, Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                    .fetch();

            assertThat(info.version()).isEqualTo(LefiVersion.V6_0);
            assertThat(info.programmes()).singleElement().satisfies(p -> {
                assertThat(p.programme().id()).isEqualTo("53");
                assertThat(p.period().orElseThrow().from()).contains(LocalDate.of(2019, 6, 3));
            });
            assertThat(info.jobGuarantee().orElseThrow().usedDays()).isEqualTo(312);
            assertThat(info.jobGuarantee().orElseThrow().allDaysUsed()).isFalse();
            var days = info.cases(Benefit.PROGRAMERSATTNING).get(0).decisions().get(0).days();
            assertThat(days).hasSize(20).allSatisfy(d -> assertThat(d.compensation().orElseThrow().id()).isEqualTo("AS"));
        }
    }

    @Test
    void query_echoesTheVersionAndKorrelationsid() {
        RawSoap.Answer answer = programmeQuery("5.0", SyntheticPersons.JOB_PARTICIPANT, "2019-06-01", "2019-06-30");

        assertThat(answer.payload().getAttribute("lefiOnlineVersion")).isEqualTo("5.0");
        assertThat(answer.text("korrelationsid")).isEqualTo("raw-test");
        assertThat(answer.text("svarstidpunkt")).startsWith("2021-05-20T09:00");
    }
}
