package se.lefi.client.v9;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import se.lefi.client.Capabilities;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.PingResult;
import se.lefi.client.spi.ClientIdentity;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.OutgoingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.spi.VersionAdapter;
import se.lefi.client.v9.internal.V9Answer;
import se.lefi.client.v9.internal.V9Exchange;
import se.lefi.client.v9.internal.V9Request;
import se.lefi.client.v9.internal.V9Routing;
import se.lefi.client.v9.internal.model.LefiExternTillgangligaInformationstyper;

/**
 * Speaks version 9 of LEFI extern, "Förmånsinformation" (REST/JSON); found through
 * {@link java.util.ServiceLoader} when {@code lefi-client-v9} is on the class path.
 *
 * <p>Users never call it: {@code LefiClient.builder().version(LefiVersion.V9_0).aktorsId(...)}
 * picks it. Answers stream from Jackson's streaming parser straight into the model, guided by the
 * classes generated from Försäkringskassan's OpenAPI; no object tree of the answer is built.
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>se.lefi.client</groupId>
 *   <artifactId>lefi-client-v9</artifactId>
 * </dependency>
 * }</pre>
 */
public final class V9Adapter implements VersionAdapter {

    private static final Set<LefiVersion> VERSIONS = Set.of(LefiVersion.V9_0);

    /** Creates the adapter; the ServiceLoader calls this. */
    public V9Adapter() {
        // Stateless: the generated classes' models are built on first use and kept for the JVM's lifetime.
    }

    @Override
    public Set<LefiVersion> supportedVersions() {
        return VERSIONS;
    }

    @Override
    public void checkIdentity(LefiVersion version, ClientIdentity identity) {
        String aktorsId = identity.aktorsId().orElseThrow(() -> new IllegalStateException(
                "aktorsId(...) is required for LEFI " + version + ": the id Försäkringskassan issued to the"
                        + " organisation, which goes into the path of every call"));
        if (aktorsId.isBlank() || aktorsId.equals(".") || aktorsId.equals("..")) {
            throw new IllegalStateException("aktorsId(...) must be the id Försäkringskassan issued, not '"
                    + aktorsId + "'");
        }
    }

    @Override
    public Capabilities capabilities(LefiVersion version) {
        Set<se.lefi.client.Benefit> payments = V9Routing.paymentGroups();
        // Version 9 accepts any FK or PM group for preliminary payments, not only 6.0's five.
        return new Capabilities(version, V9Routing.benefits(), payments, payments, true);
    }

    @Override
    public void validate(QueryRequest request) {
        V9Routing.route(request);
    }

    @Override
    public OutgoingMessage encodeQuery(QueryRequest request) {
        return V9Request.query(request);
    }

    @Override
    public BenefitInformation decodeQuery(QueryRequest request, IncomingMessage answer) {
        return V9Answer.assemble(V9Exchange.readQuery(answer, request.correlationId().orElse(null)),
                request.personnummer(), V9Exchange.answeredAt(answer));
    }

    @Override
    public OutgoingMessage encodePing(LefiVersion version, ClientIdentity identity) {
        // Version 9 has no ping; the available information types carry no personal data.
        return V9Request.availableInformationTypes(identity);
    }

    @Override
    public PingResult decodePing(LefiVersion version, IncomingMessage answer) {
        V9Exchange.read(answer, LefiExternTillgangligaInformationstyper.class);
        OffsetDateTime at = V9Exchange.answeredAt(answer);
        return new PingResult(at == null ? OffsetDateTime.now(ZoneOffset.UTC) : at, version);
    }

    @Override
    public OutgoingMessage encodeAvailableInformationTypes(LefiVersion version, ClientIdentity identity) {
        return V9Request.availableInformationTypes(identity);
    }

    @Override
    public AvailableInformationTypes decodeAvailableInformationTypes(LefiVersion version, IncomingMessage answer) {
        return V9Answer.availableTypes(V9Exchange.read(answer, LefiExternTillgangligaInformationstyper.class));
    }
}
