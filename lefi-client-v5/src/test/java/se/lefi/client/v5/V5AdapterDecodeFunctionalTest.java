package se.lefi.client.v5;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitDay;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Fraction;
import se.lefi.client.model.Payment;

/** Checks the 5.0 and 5.1 shapes of aktivitetsstöd, programmes and payments in the domain model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class V5AdapterDecodeFunctionalTest {

    private WireMockServer server;

    @BeforeAll
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    @Test
    void fetch_fiveZeroAnswer_keepsTheActivityCaseAndItsDaysAndAddsTheProgramme() {
        BenefitInformation info = fetch(LefiVersion.V5_0, sample("5.0/02-svar.xml"), "19800314-2380");

        BenefitCase activity = info.cases(Benefit.AKTIVITETSSTOD).get(0);
        assertThat(activity.type()).isEqualTo("aktivitetsstodsarende");
        assertThat(activity.started()).contains(LocalDate.of(2018, 4, 3));
        Decision decision = activity.decisions().get(0);
        assertThat(decision.dayCount()).hasValue(104);
        assertThat(decision.decidedGross()).contains(new BigDecimal("680"));
        assertThat(decision.compensation()).contains(new Code("1", "Aktivitetsstöd"));
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programme()).isEqualTo(new Code("40", "Arbetspraktik"));
            assertThat(p.extent()).isEmpty();
        });
        Payment utb = info.payments().get(0);
        assertThat(utb.family().id()).isEqualTo("UTB");
        assertThat(utb.isLabourMarketProgramme()).isTrue();
        assertThat(info.payments().subList(1, 3)).noneMatch(Payment::isLabourMarketProgramme);
        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        assertThat(sick.decisions().get(0).days()).hasSize(14);
        assertThat(sick.decisions().get(0).days().stream().map(d -> d.karensDeduction().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("760");
        assertThat(info.payments().get(2).deductions()).isEqualByComparingTo("2552");
        assertThat(info.jobGuarantee()).isEmpty();
        assertThat(info.preliminaryPayments()).isEmpty();
    }

    @Test
    void fetch_fiveOneAnswer_deliversProgrammeWithExtentAndPaidDaysInProgramersattning() {
        BenefitInformation info = fetch(LefiVersion.V5_1, sample("5.1/02-svar.xml"), "19911205-7782");

        assertThat(info.version()).isEqualTo(LefiVersion.V5_1);
        assertThat(info.cases(Benefit.AKTIVITETSSTOD).get(0).decisions().get(0).dayCount()).isEmpty();
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programme()).isEqualTo(new Code("4", "Jobbsökaraktiviteter"));
            assertThat(p.extent()).contains(new Fraction(1, 1));
        });
        Decision paid = info.cases(Benefit.PROGRAMERSATTNING).get(0).decisions().get(0);
        assertThat(paid.days()).hasSize(5).allSatisfy(d -> {
            assertThat(d.amount()).contains(new BigDecimal("680"));
            assertThat(d.compensation()).contains(new Code("AS", "Aktivitetsstöd"));
        });
        assertThat(paid.days()).extracting(BenefitDay::date).first().isEqualTo(java.util.Optional.of(LocalDate.of(2019, 3, 18)));
        assertThat(info.payments().get(0).family().id()).isEqualTo("AMP");
        assertThat(info.payments().get(0).isLabourMarketProgramme()).isTrue();
    }

    @Test
    void fetch_whenAFiveOneClientGetsAFiveZeroAnswer_reportsTheVersionThatAnswered() {
        BenefitInformation info = fetch(LefiVersion.V5_1, sample("5.0/02-svar.xml"), "19800314-2380");

        assertThat(info.version()).isEqualTo(LefiVersion.V5_0);
    }

    @Test
    void fetch_whenTheAnswerNamesAVersionOutsideFiveX_isProtocolError() {
        String answer = sample("5.1/02-svar.xml").replace("lefiOnlineVersion=\"5.1\"", "lefiOnlineVersion=\"6.0\"");

        assertThatThrownBy(() -> fetch(LefiVersion.V5_1, answer, "19911205-7782"))
                .isInstanceOf(LefiProtocolException.class).hasMessageContaining("'6.0'");
    }

    @Test
    void fetch_whenAnActivityCaseHasSeveralDecisions_programmeSpansThemAndStaysOpenWhenOneIsOpen() {
        String twoDecisions = sample("5.0/02-svar.xml").replace("          </beslut>\n        </aktivitetsstodsarende>",
                "          </beslut>\n          <beslut>\n            <period>\n              <fran>2018-09-03</fran>\n"
                        + "            </period>\n          </beslut>\n        </aktivitetsstodsarende>");
        assertThat(twoDecisions).isNotEqualTo(sample("5.0/02-svar.xml"));

        BenefitInformation info = fetch(LefiVersion.V5_0, twoDecisions, "19800314-2380");

        assertThat(info.cases(Benefit.AKTIVITETSSTOD).get(0).decisions()).hasSize(2);
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.period()).hasValueSatisfying(period -> {
                assertThat(period.from()).contains(LocalDate.of(2018, 4, 9));
                assertThat(period.to()).isEmpty();
            });
        });
    }

    private BenefitInformation fetch(LefiVersion version, String answer, String personnummer) {
        server.stubFor(post(urlEqualTo("/lefionline")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(answer.getBytes(StandardCharsets.UTF_8))));
        try (LefiClient client = LefiClient.builder().endpoint(URI.create(server.baseUrl() + "/lefionline"))
                .version(version).organisationsnummer("2120000142").build()) {
            return client.query(Personnummer.parse(personnummer)).period(LocalDate.of(2018, 3, 1), LocalDate.of(2019, 8, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD, Benefit.PROGRAMANVISNING,
                            Benefit.PROGRAMERSATTNING, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                    .payments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                    .fetch();
        }
    }

    private static String sample(String name) {
        try (InputStream in = V5AdapterDecodeFunctionalTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
