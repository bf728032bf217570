package se.lefi.client.spi;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lefi.client.Benefit;
import se.lefi.client.Capabilities;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.PingResult;

/**
 * A REST-shaped adapter that exists only in core's tests, registered for 5.0 through
 * ServiceLoader (no real adapter is on core's test class path): it POSTs a text body to a path,
 * GETs without a body, reads headers and maps statuses, so the tests prove that the SPI and the
 * transport host a REST version.
 */
public final class RestShapedTestAdapter implements VersionAdapter {

    static final String BASE = "/v9/aktorer/";

    @Override
    public Set<LefiVersion> supportedVersions() {
        return Set.of(LefiVersion.V5_0);
    }

    @Override
    public void checkIdentity(LefiVersion version, ClientIdentity identity) {
        if (identity.aktorsId().isEmpty()) {
            throw new IllegalStateException("aktorsId(...) is required for this test version");
        }
    }

    @Override
    public Capabilities capabilities(LefiVersion version) {
        return new Capabilities(version, Set.of(Benefit.SJUKPENNING), Set.of(Benefit.SJUKPENNING),
                Set.of(Benefit.SJUKPENNING), true);
    }

    @Override
    public void validate(QueryRequest request) {
        // everything goes
    }

    private static String actor(ClientIdentity identity) {
        return URLEncoder.encode(identity.aktorsId().orElseThrow(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public OutgoingMessage encodeQuery(QueryRequest request) {
        byte[] body = ("{\"personnummer\":\"" + request.personnummer().value() + "\"}").getBytes(StandardCharsets.UTF_8);
        return OutgoingMessage.post(BASE + actor(request.identity()) + "/formansinformation/fraga", body,
                "application/json", Map.of("Accept", "application/json"));
    }

    @Override
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer) {
        String text = strictText(answer);
        if (answer.status() == 400) {
            throw new LefiBusinessException("the service refused the query: " + text, null, null, null);
        }
        if (answer.status() >= 500 || answer.status() == 429) {
            throw new LefiTechnicalException("the service failed (retry after "
                    + answer.header("retry-after").orElse("-") + ")", true, null, null, null, null);
        }
        if (text.equals("npe")) {
            throw new NullPointerException("a decoder bug");
        }
        return BenefitInformation.builder(LefiVersion.V5_0).correlationId(text).build();
    }

    @Override
    public OutgoingMessage encodePing(LefiVersion version, ClientIdentity identity) {
        return encodeAvailableInformationTypes(version, identity);
    }

    @Override
    public PingResult decodePing(LefiVersion version, IncomingMessage answer) {
        strictText(answer);
        return new PingResult(OffsetDateTime.parse(answer.header("Date-Iso").orElseThrow()), version);
    }

    @Override
    public OutgoingMessage encodeAvailableInformationTypes(LefiVersion version, ClientIdentity identity) {
        return OutgoingMessage.get(BASE + actor(identity) + "/tillgangligaInformationstyper",
                Map.of("Accept", "application/json"));
    }

    @Override
    public AvailableInformationTypes decodeAvailableInformationTypes(LefiVersion version, IncomingMessage answer) {
        String code = strictText(answer).trim();
        Benefit b = Benefit.fromCode(code);
        return AvailableInformationTypes.builder().benefits(List.of(b)).payments(List.of(b))
                .codes(List.of(new Code(code, ""))).build();
    }

    /** Reads the body as UTF-8, failing on bytes that are not UTF-8, as a JSON parser does. */
    private static String strictText(IncomingMessage answer) {
        try (Reader reader = new InputStreamReader(answer.body(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
