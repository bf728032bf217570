package se.lefi.client.testkit.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.internal.xml.SoapEnvelopeWriter;

/**
 * Holds a request as the simulator read it: the operation, the namespace and the query's fields
 * as strings, so the simulator's rules, not the parser, decide what is wrong with them.
 *
 * @param namespace the namespace of the Body's element
 * @param operation {@code hamtaFormansinformation} or {@code ping}
 * @param version the {@code lefiOnlineVersion} attribute, or null
 * @param organisationsnummer the querying organisation, or null
 * @param korrelationsid the caller's id, or null
 * @param personnummer the queried person as sent, or null
 * @param from the period's first day as sent, or null
 * @param tom the period's last day as sent, or null
 * @param information the codes of {@code formansinformation}
 * @param payments the codes of {@code utbetalningar}
 * @param preliminary the codes of {@code preliminaraUtbetalningar}
 */
public record ParsedRequest(String namespace, String operation, String version, String organisationsnummer,
        String korrelationsid, String personnummer, String from, String tom, List<String> information,
        List<String> payments, List<String> preliminary) {

    /** The namespace of contract 5.x. */
    public static final String NS5 = "urn:lefi-online:formansinformation:5";
    /** The namespace of contract 6.x. */
    public static final String NS6 = "urn:lefi-online:formansinformation:6";

    /** Tells whether a request path is one of version 9 (REST/JSON), which this class does not read. */
    public static boolean isVersion9Path(String path) {
        return V9ParsedRequest.isVersion9(path);
    }

    /** Copies the lists. */
    public ParsedRequest {
        information = List.copyOf(information);
        payments = List.copyOf(payments);
        preliminary = List.copyOf(preliminary);
    }

    /** Leaves out the personnummer. */
    @Override
    public String toString() {
        return "ParsedRequest[" + operation + ", version=" + version + "]";
    }

    /** Thrown for a request that is not a SOAP 1.1 envelope with a LEFI Online operation. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads a SOAP request with the SDK's hardened StAX reader (no DTD, no entities).
     *
     * @param body the HTTP request body
     * @return the request
     * @throws Unreadable if it is not a SOAP 1.1 envelope with a LEFI Online element in its Body
     */
    public static ParsedRequest parse(byte[] body) throws Unreadable {
        try {
            XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(body));
            if (r.nextTag() != XMLStreamConstants.START_ELEMENT || !"Envelope".equals(r.getLocalName())
                    || !SoapEnvelopeWriter.SOAP11_NS.equals(r.getNamespaceURI())) {
                throw new Unreadable("not a SOAP 1.1 envelope");
            }
            int event = r.nextTag();
            if (event == XMLStreamConstants.START_ELEMENT && "Header".equals(r.getLocalName())) {
                skip(r);
                event = r.nextTag();
            }
            if (event != XMLStreamConstants.START_ELEMENT || !"Body".equals(r.getLocalName())) {
                throw new Unreadable("no SOAP Body");
            }
            if (r.nextTag() != XMLStreamConstants.START_ELEMENT) {
                throw new Unreadable("an empty SOAP Body");
            }
            String ns = r.getNamespaceURI();
            String operation = r.getLocalName();
            if (!NS5.equals(ns) && !NS6.equals(ns)) {
                throw new Unreadable("not a LEFI Online namespace");
            }
            if ("ping".equals(operation)) {
                return new ParsedRequest(ns, operation, null, null, null, null, null, null, List.of(), List.of(),
                        List.of());
            }
            if (!"hamtaFormansinformation".equals(operation)) {
                throw new Unreadable("unknown operation");
            }
            String version = r.getAttributeValue(null, "lefiOnlineVersion");
            String org = null;
            String corr = null;
            String pnr = null;
            String from = null;
            String tom = null;
            List<String> info = new ArrayList<>();
            List<String> pay = new ArrayList<>();
            List<String> prel = new ArrayList<>();
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if ("period".equals(name)) {
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        String part = r.getLocalName();
                        String value = r.getElementText().trim();
                        if ("from".equals(part)) {
                            from = value;
                        } else if ("tom".equals(part)) {
                            tom = value;
                        }
                    }
                    continue;
                }
                String value = r.getElementText().trim();
                switch (name) {
                    case "organisationsnummer" -> org = value;
                    case "korrelationsid" -> corr = value;
                    case "personnummer" -> pnr = value;
                    case "formansinformation" -> info.add(value);
                    case "utbetalningar" -> pay.add(value);
                    // 5.x has no such list; the schema of that namespace does not know the element.
                    case "preliminaraUtbetalningar" -> {
                        if (NS6.equals(ns)) {
                            prel.add(value);
                        }
                    }
                    default -> {
                        // Unknown elements are ignored, as a lenient service would.
                    }
                }
            }
            return new ParsedRequest(ns, operation, version, org, corr, pnr, from, tom, info, pay, prel);
        } catch (XMLStreamException e) {
            throw new Unreadable("the request is not well-formed or not safe XML");
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
