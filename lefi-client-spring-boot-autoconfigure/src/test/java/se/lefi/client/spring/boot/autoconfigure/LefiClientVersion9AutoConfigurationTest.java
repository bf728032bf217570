package se.lefi.client.spring.boot.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payer;
import se.lefi.client.model.ProviderState;

/**
 * Starts the auto-configuration with {@code lefi.client.version=9} in a real application context
 * and lets the bean query a version 9 service on WireMock: the aktörs-id goes into the path, the
 * JSON answer comes back as the model. Version-neutral Spring: it runs on Boot 3.5 here and on
 * 4.0 (Jackson 3 beside version 9's Jackson 2 core) in lefi-client-spring-boot-tests-boot4.
 */
class LefiClientVersion9AutoConfigurationTest {

    private static final String AKTORS_ID = "026-51";
    private static final String QUERY_PATH = "/lefi-extern-formansinformation/v9/aktorer/" + AKTORS_ID
            + "/formansinformation/fraga";
    private static final String ANSWER = """
            {"utlamnare":[{"utlamnare":{"kod":"FK","namn":"Försäkringskassan"},"tillstand":{"kod":"OK"}}],
             "formansinformation":{"generellPersoninformation":[{"personnummer":"198402298452",
               "foddes":"1984-02-29","namn":"Maja Provsson","skyddad":false}]}}""";

    private static WireMockServer service;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LefiClientAutoConfiguration.class));

    @BeforeAll
    static void startService() {
        service = new WireMockServer(wireMockConfig().dynamicPort());
        service.start();
    }

    @AfterAll
    static void stopService() {
        service.stop();
    }

    @BeforeEach
    void stubAnswer() {
        service.resetAll();
        service.stubFor(post(urlEqualTo(QUERY_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(ANSWER)));
    }

    @Test
    void lefiClient_whenVersion9AndAktorsIdAreSet_queriesTheVersion9Service() {
        runner.withPropertyValues("lefi.client.endpoint=" + service.baseUrl(), "lefi.client.version=9",
                "lefi.client.aktors-id=" + AKTORS_ID).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LefiClient.class);
                    LefiClient client = context.getBean(LefiClient.class);
                    assertThat(client.version()).isEqualTo(LefiVersion.V9_0);

                    BenefitInformation info = client.query(Personnummer.parse("19840229-8452"))
                            .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                            .benefits(Benefit.GENERELL_PERSONINFORMATION)
                            .fetch();

                    assertThat(info.version()).isEqualTo(LefiVersion.V9_0);
                    assertThat(info.person()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Maja Provsson"));
                    assertThat(info.providers()).extracting(ProviderState::provider)
                            .containsExactly(Payer.FORSAKRINGSKASSAN);
                });
        service.verify(1, postRequestedFor(urlEqualTo(QUERY_PATH))
                .withRequestBody(containing("198402298452")));
    }

    @Test
    void lefiClient_whenVersion9WithoutAktorsId_failsNamingTheProperty() {
        runner.withPropertyValues("lefi.client.endpoint=" + service.baseUrl(), "lefi.client.version=9")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("aktorsId(");
                    assertThat(context.getStartupFailure()).hasStackTraceContaining("lefi.client.aktors-id");
                });
        assertThat(service.getAllServeEvents()).isEmpty();
    }
}
