package se.lefi.client.v6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.lefi.client.v6.LefiWireMock.answer;
import static se.lefi.client.v6.LefiWireMock.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.Personnummer;

/** The sample faults and unsafe answers, through the real client against WireMock. */
class V6FaultsFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    private LefiClient client;

    @BeforeEach
    void createClient() {
        client = LefiWireMock.client(wm);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void fetch_whenBusinessFault_throwsNonRetryableBusinessException() {
        answer(wm, 500, sample("08-fel-verksamhetsfel.xml"));
        LefiBusinessException e = catchThrowableOfType(LefiBusinessException.class, this::fetch);
        assertThat(e.errorType()).contains("VERKSAMHETSFEL");
        assertThat(e.errorCode()).contains("OGILTIG_PERIOD");
        assertThat(e.retryable()).isFalse();
        assertThat(e.correlationId()).contains("corr-7");
    }

    @Test
    void fetch_whenTechnicalFault_throwsRetryableTechnicalException() {
        answer(wm, 500, sample("09-fel-tekniskt-fel.xml"));
        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);
        assertThat(e.errorCode()).contains("TIDSGRANS_OVERSKRIDEN");
        assertThat(e.retryable()).isTrue();
        assertThat(e.legacyErrorType()).isEmpty();
    }

    @Test
    void fetch_whenApplikationsfel_throwsTechnicalExceptionWithLegacyType() {
        answer(wm, 500, sample("10-fel-applikationsfel.xml"));
        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);
        assertThat(e.legacyErrorType()).contains("APPLIKATIONSFEL");
        assertThat(e.errorCode()).contains("INTERNT_FEL");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void fetch_whenSystemfel_throwsTechnicalExceptionWithLegacyType() {
        answer(wm, 500, sample("10-fel-applikationsfel.xml").replace("APPLIKATIONSFEL", "SYSTEMFEL"));
        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);
        assertThat(e.legacyErrorType()).contains("SYSTEMFEL");
    }

    @Test
    void fetch_whenUnknownFaultType_throwsTechnicalException() {
        answer(wm, 500, sample("09-fel-tekniskt-fel.xml").replace("TEKNISKT_FEL", "NY_FELTYP"));
        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);
        assertThat(e.errorType()).contains("NY_FELTYP");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void fetch_whenVersionNotSupported_throwsNonRetryableTechnicalException() {
        answer(wm, 500, sample("09-fel-tekniskt-fel.xml").replace("TIDSGRANS_OVERSKRIDEN", "VERSION_STODS_EJ"));
        LefiTechnicalException e = catchThrowableOfType(LefiTechnicalException.class, this::fetch);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("VERSION_STODS_EJ").contains("Retrying does not help");
        assertThat(e.getMessage().replace(".version(...)", "")).doesNotContain("..");
    }

    @Test
    void fetch_whenAnswerHasDoctype_throwsProtocolException() {
        String answer = sample("02-svar.xml").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE Envelope [<!ENTITY namn \"Hacker\">]>")
                .replace("Maja Provsson", "&namn;");
        answer(wm, 200, answer);
        assertThat(catchThrowableOfType(LefiProtocolException.class, this::fetch)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void fetch_whenAnswerHasExternalEntity_throwsProtocolExceptionWithoutTheFileContent(@TempDir Path dir)
            throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-FILE-CONTENT");
        String answer = sample("02-svar.xml").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                        + "\">]>").replace("Maja Provsson", "&xxe;");
        answer(wm, 200, answer);
        LefiProtocolException e = catchThrowableOfType(LefiProtocolException.class, this::fetch);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("SECRET-FILE-CONTENT");
        }
    }

    @Test
    void exceptions_whenAnyFault_neverCarryAClearPersonnummer() {
        for (String sample : new String[] {"08-fel-verksamhetsfel.xml", "09-fel-tekniskt-fel.xml",
                "10-fel-applikationsfel.xml"}) {
            answer(wm, 500, sample(sample).replace("</felmeddelande>", " (198402298452)</felmeddelande>"));
            LefiException e = catchThrowableOfType(LefiException.class, this::fetch);
            assertThat(e.getMessage()).doesNotContain("198402298452").contains("19840229-****");
            assertThat(e.toString()).doesNotContain("198402298452");
        }
    }

    private void fetch() {
        client.query(Personnummer.parse("198402298452")).period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))
                .benefits(Benefit.SJUKPENNING).correlationId("corr-7").fetch();
    }
}
