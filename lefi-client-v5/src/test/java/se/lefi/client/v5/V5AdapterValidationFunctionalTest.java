package se.lefi.client.v5;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/** Checks that 5.x rejects what only 6.0 introduced, before anything reaches the server. */
class V5AdapterValidationFunctionalTest {

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @ParameterizedTest
    @EnumSource(value = LefiVersion.class, names = {"V5_0", "V5_1"})
    void fetch_whenPreliminaryPaymentsAsked_failsNamingSixZeroAndSendsNothing(LefiVersion version) {
        try (LefiClient client = client(version)) {
            BenefitQuery query = query(client).payments(Benefit.SJUKPENNING).preliminaryPayments(Benefit.SJUKPENNING);

            assertThatThrownBy(query::fetch).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("LEFI Online " + version.wireValue() + " has no preliminary payments")
                    .hasMessageContaining("introduced in version 6.0");
        }
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LefiVersion.class, names = {"V5_0", "V5_1"})
    void fetch_whenJobDaysAsked_failsNamingSixZeroAndSendsNothing(LefiVersion version) {
        try (LefiClient client = client(version)) {
            BenefitQuery query = query(client).benefits(Benefit.PROGRAMANVISNING, Benefit.JOBB_OCH_UTVECKLINGSGARANTI);

            assertThatThrownBy(query::fetch).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FK:PJOB").hasMessageContaining("introduced in version 6.0");
        }
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LefiVersion.class, names = {"V5_0", "V5_1"})
    void fetchAsync_whenJobDayPaymentsAsked_failsBeforeSending(LefiVersion version) {
        try (LefiClient client = client(version)) {
            BenefitQuery query = query(client).payments(Benefit.JOBB_OCH_UTVECKLINGSGARANTI);

            assertThatThrownBy(query::fetchAsync).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("6.0");
        }
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private LefiClient client(LefiVersion version) {
        return LefiClient.builder().endpoint(URI.create(server.baseUrl() + "/lefionline")).version(version)
                .organisationsnummer("2120000142").build();
    }

    private static BenefitQuery query(LefiClient client) {
        return client.query(Personnummer.parse("19800314-2380")).period(LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31));
    }
}
