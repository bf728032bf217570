package se.lefi.client.internal.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.spi.IncomingMessage;

class SoapAnswerReaderTest {

    private static final String NS = "urn:lefi-online:formansinformation:6";
    private static final String XML = "text/xml; charset=UTF-8";

    @Test
    void read_whenValidEnvelope_handsPayloadToReader() {
        String answer = envelope("<svar xmlns='" + NS + "'>hej</svar>");
        assertThat(read(200, XML, answer)).isEqualTo("hej");
    }

    @Test
    void read_whenBusinessFault_throwsBusinessException() {
        LefiException e = readFailure(500, XML, fault("VERKSAMHETSFEL", "PERSON_SAKNAS", "<tidpunkt>2020-03-02T10:25:12+01:00</tidpunkt>"));
        assertThat(e).isInstanceOf(LefiBusinessException.class);
        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).contains("PERSON_SAKNAS");
        assertThat(e.errorType()).contains("VERKSAMHETSFEL");
        assertThat(e.correlationId()).contains("corr-1");
    }

    @Test
    void read_whenTechnicalFault_throwsRetryableTechnicalException() {
        LefiException e = readFailure(500, XML, fault("TEKNISKT_FEL", "KALLSYSTEM_OTILLGANGLIGT", ""));
        assertThat(e).isInstanceOf(LefiTechnicalException.class);
        assertThat(e.retryable()).isTrue();
        assertThat(((LefiTechnicalException) e).legacyErrorType()).isEmpty();
    }

    @Test
    void read_whenVersionNotSupported_throwsNonRetryableTechnicalExceptionNamingVersions() {
        LefiException e = readFailure(500, XML, fault("TEKNISKT_FEL", "VERSION_STODS_EJ", ""), LefiVersion.V5_0);
        assertThat(e).isInstanceOf(LefiTechnicalException.class);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("6.0").contains(".version(");
    }

    @Test
    void read_whenLegacyFaultTypes_throwTechnicalExceptionKeepingTheType() {
        for (String legacy : new String[] {"APPLIKATIONSFEL", "SYSTEMFEL"}) {
            LefiException e = readFailure(500, XML, fault(legacy, "INTERNT_FEL", ""));
            assertThat(e).isInstanceOf(LefiTechnicalException.class);
            assertThat(e.retryable()).isTrue();
            assertThat(((LefiTechnicalException) e).legacyErrorType()).contains(legacy);
        }
    }

    @Test
    void read_whenUnknownFaultType_throwsTechnicalException() {
        LefiException e = readFailure(500, XML, fault("NYTT_FEL", "NAGOT", ""));
        assertThat(e).isInstanceOf(LefiTechnicalException.class);
        assertThat(e.errorType()).contains("NYTT_FEL");
        assertThat(((LefiTechnicalException) e).legacyErrorType()).isEmpty();
    }

    @Test
    void read_whenFaultComesWithStatus200_stillThrowsTheMappedException() {
        assertThat(readFailure(200, XML, fault("VERKSAMHETSFEL", "OBEHORIG", "")))
                .isInstanceOf(LefiBusinessException.class);
    }

    @Test
    void read_whenFaultWithoutDetail_throwsTechnicalException() {
        String answer = envelope("<soapenv:Fault><faultcode>soapenv:Server</faultcode>"
                + "<faultstring>Internt fel</faultstring></soapenv:Fault>");
        assertThat(readFailure(500, XML, answer)).isInstanceOf(LefiTechnicalException.class)
                .hasMessageContaining("Internt fel");
    }

    @Test
    void read_whenDoctype_rejectsAsProtocolError() {
        String answer = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]>" + envelope("<svar xmlns='" + NS + "'>&a;</svar>")
                .substring("<?xml version='1.0'?>".length());
        assertThat(readFailure(200, XML, answer)).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void read_whenExternalEntityPointsAtFile_rejectsWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String answer = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>"
                + "<soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/'><soapenv:Body>"
                + "<svar xmlns='" + NS + "'>&xxe;</svar></soapenv:Body></soapenv:Envelope>";
        LefiException e = readFailure(200, XML, answer);
        assertThat(e).isInstanceOf(LefiProtocolException.class);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void read_whenUndeclaredEntityReference_rejectsAsProtocolError() {
        String answer = envelope("<svar xmlns='" + NS + "'>&xxe;</svar>");
        assertThat(readFailure(200, XML, answer)).isInstanceOf(LefiProtocolException.class);
    }

    @Test
    void read_whenSoap12Envelope_rejectsAsProtocolError() {
        String answer = "<env:Envelope xmlns:env='http://www.w3.org/2003/05/soap-envelope'><env:Body>"
                + "<svar xmlns='" + NS + "'>x</svar></env:Body></env:Envelope>";
        assertThat(readFailure(500, XML, answer)).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("SOAP 1.2");
    }

    @Test
    void read_whenHtmlPageWith503_throwsTransportException() {
        LefiException e = readFailure(503, "text/html", "<!DOCTYPE html><html><body>Underhåll</body></html>");
        assertThat(e).isInstanceOf(LefiTransportException.class).hasMessageContaining("503");
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void read_whenNonSoapBodyWith500_throwsTransportException() {
        assertThat(readFailure(500, "text/plain", "Internal Server Error")).isInstanceOf(LefiTransportException.class);
        assertThat(readFailure(500, XML, "<error>boom</error>")).isInstanceOf(LefiTransportException.class);
    }

    @Test
    void read_whenWrongContentTypeWith200_throwsProtocolException() {
        assertThat(readFailure(200, "application/json", "{}")).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("application/json");
    }

    @Test
    void read_whenTruncated_throwsProtocolException() {
        String answer = envelope("<svar xmlns='" + NS + "'>hej</svar>");
        assertThat(readFailure(200, XML, answer.substring(0, answer.length() - 20)))
                .isInstanceOf(LefiProtocolException.class);
    }

    @Test
    void read_whenEmpty200_throwsProtocolException() {
        assertThat(readFailure(200, XML, "")).isInstanceOf(LefiProtocolException.class);
    }

    @Test
    void read_whenPayloadInAnotherNamespace_throwsProtocolException() {
        String answer = envelope("<svar xmlns='urn:lefi-online:formansinformation:5'>hej</svar>");
        assertThat(readFailure(200, XML, answer)).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("namespace");
    }

    @Test
    void read_whenPayloadReaderFailsWithPersonnummerInMessage_masksIt() {
        String answer = envelope("<svar xmlns='" + NS + "'>hej</svar>");
        IncomingMessage message = message(200, XML, answer);
        assertThatThrownBy(() -> SoapAnswerReader.read(message, NS, LefiVersion.V6_0, null, r -> {
            throw new NumberFormatException("For input string: \"198402298452\"");
        })).isInstanceOf(LefiProtocolException.class).hasMessageNotContaining("198402298452")
                .hasMessageContaining("19840229-****");
    }

    private static String read(int status, String type, String body) {
        return SoapAnswerReader.read(message(status, type, body), NS, LefiVersion.V6_0, "corr-1", r -> r.getElementText());
    }

    private static LefiException readFailure(int status, String type, String body) {
        return readFailure(status, type, body, LefiVersion.V6_0);
    }

    private static LefiException readFailure(int status, String type, String body, LefiVersion version) {
        try {
            SoapAnswerReader.read(message(status, type, body), NS, version, "corr-1", r -> r.getElementText());
        } catch (LefiException e) {
            return e;
        }
        throw new AssertionError("expected a LefiException");
    }

    private static IncomingMessage message(int status, String type, String body) {
        return new IncomingMessage(status, Optional.ofNullable(type),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String envelope(String body) {
        return "<?xml version='1.0'?><soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/'>"
                + "<soapenv:Header/><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String fault(String type, String code, String extra) {
        return envelope("<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring xml:lang='sv'>Fel</faultstring>"
                + "<detail><lefiFel xmlns='" + NS + "'><feltyp>" + type + "</feltyp><felkod>" + code + "</felkod>"
                + "<felmeddelande>Meddelande</felmeddelande>" + extra + "</lefiFel></detail></soapenv:Fault>");
    }
}
