package se.lefi.client.tck.soap;

import java.net.URL;
import java.util.Optional;
import se.lefi.client.LefiClient;
import se.lefi.client.tck.Completeness;
import se.lefi.client.tck.ContractHarness;
import se.lefi.client.tck.ExpectedRequest;
import se.lefi.client.tck.VersionUnderTest;
import se.lefi.client.tck.WireAnswer;

/**
 * Tells the contracts what they need to know about one SOAP version of LEFI Online (5.0, 5.1, 6.0):
 * what every {@link VersionUnderTest} says, plus its namespace, XSD, generated answer class, ping
 * answer and legacy fault for {@link SoapContract}. What all SOAP versions share is answered here:
 * the request is a POST of {@code text/xml} to the endpoint, answers come as {@code text/xml} with
 * HTTP 200 and faults with HTTP 500, every answer is whole (no deviations, Försäkringskassan OK),
 * the unknown-codes answer and the faults without a sample are written from the namespace.
 *
 * <pre>{@code
 * static final class V6 extends SoapVersionUnderTest {
 *     public LefiVersion version() { return LefiVersion.V6_0; }
 *     public String namespace() { return V6Adapter.NAMESPACE; }
 *     public WireAnswer typicalAnswer() { return answer("/samples/6.0/02-svar.xml"); }
 *     public WireAnswer businessFault() { return fault("/samples/6.0/08-fel-verksamhetsfel.xml"); }
 *     // ...
 * }
 * }</pre>
 */
public abstract class SoapVersionUnderTest implements VersionUnderTest {

    /** The organisation every query is sent for (a valid organisationsnummer). */
    public static final String ORGANISATION = "2120000142";

    /** The content type of every SOAP 1.1 answer. */
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    /** The HTTP status SOAP 1.1 gives a Fault. */
    public static final int FAULT_STATUS = 500;

    /** Returns the namespace of the version's messages. */
    public abstract String namespace();

    /** Returns the module's own XSD, from its class path. */
    public abstract URL schema();

    /**
     * Returns the generated class of the query's answer ({@code hamtaFormansinformationSvar}); the
     * SOAP contract checks the SDK's streaming decoder against plain JAXB on it.
     */
    public abstract Class<?> generatedAnswerType();

    /** Returns a ping answer. */
    public abstract WireAnswer pingAnswer();

    /** Returns a fault of the legacy feltyp APPLIKATIONSFEL. */
    public abstract WireAnswer legacyFault();

    @Override
    public LefiClient.Builder identify(LefiClient.Builder builder) {
        return builder.organisationsnummer(ORGANISATION);
    }

    @Override
    public ExpectedRequest queryRequest() {
        return new ExpectedRequest("POST", ContractHarness.ENDPOINT_PATH, "text/xml");
    }

    @Override
    public WireAnswer unknownCodesAnswer() {
        return new WireAnswer("an answer with unknown code values", 200, CONTENT_TYPE,
                SoapMessages.unknownCodesAnswer(namespace(), version(), expectedTypicalAnswer().personnummer()));
    }

    @Override
    public Completeness expectedCompleteness(WireAnswer answer) {
        return Completeness.wholeFromForsakringskassan();
    }

    @Override
    public WireAnswer businessFault(String serviceMessage) {
        return fault("Client", "VERKSAMHETSFEL", "PERSON_SAKNAS", serviceMessage);
    }

    @Override
    public WireAnswer versionNotSupportedFault() {
        return fault("Server", "TEKNISKT_FEL", "VERSION_STODS_EJ", "Ett fel inträffade.");
    }

    /** Reads the felkod of a fault with a DOM parser, so the expectation does not come from the SDK's decoder. */
    @Override
    public Optional<String> errorCode(WireAnswer fault) {
        try {
            return Optional.of(SoapMessages.descendantText(SoapMessages.bodyPayload(fault.body()), "felkod")
                    .orElseThrow(() -> new AssertionError("no felkod in " + fault.name())));
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("the fault " + fault.name() + " does not parse", e);
        }
    }

    /**
     * Returns a successful answer from the module's test resources, with HTTP 200.
     *
     * @param resource the resource's absolute name
     * @return the answer
     */
    protected final WireAnswer answer(String resource) {
        return WireAnswer.fromResource(getClass(), resource, 200, CONTENT_TYPE);
    }

    /**
     * Returns a fault from the module's test resources, with HTTP 500.
     *
     * @param resource the resource's absolute name
     * @return the answer
     */
    protected final WireAnswer fault(String resource) {
        return WireAnswer.fromResource(getClass(), resource, FAULT_STATUS, CONTENT_TYPE);
    }

    /**
     * Writes a fault of the version, with HTTP 500.
     *
     * @param faultCode {@code Client} or {@code Server}
     * @param type the feltyp
     * @param code the felkod
     * @param message the felmeddelande
     * @return the answer
     */
    public final WireAnswer fault(String faultCode, String type, String code, String message) {
        return new WireAnswer("a " + type + "/" + code + " fault", FAULT_STATUS, CONTENT_TYPE,
                SoapMessages.fault(namespace(), faultCode, type, code, message));
    }
}
