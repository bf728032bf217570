package se.lefi.client.tck.soap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.lefi.client.LefiVersion;

/**
 * Writes the SOAP messages the contracts build themselves (faults, the unknown-codes answer) and
 * reads envelopes with a plain DOM parser, independent of the SDK's own decoder.
 */
final class SoapMessages {

    /** The SOAP 1.1 envelope namespace. */
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapMessages() {
    }

    /**
     * Writes a SOAP 1.1 Fault with a lefiFel.
     *
     * @param namespace the version's namespace
     * @param faultCode {@code Client} or {@code Server}
     * @param type the feltyp
     * @param code the felkod
     * @param message the felmeddelande
     * @return the envelope
     */
    static String fault(String namespace, String faultCode, String type, String code, String message) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\"><soapenv:Body><soapenv:Fault>"
                + "<faultcode>soapenv:" + faultCode + "</faultcode><faultstring xml:lang=\"sv\">Fel.</faultstring>"
                + "<detail><lefiFel xmlns=\"" + namespace + "\"><feltyp>" + type + "</feltyp><felkod>" + code
                + "</felkod><felmeddelande>" + escape(message) + "</felmeddelande></lefiFel></detail>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Writes the answer with code values no version knows that {@code VersionUnderTest#unknownCodesAnswer()}
     * describes, valid against the schema of the version.
     *
     * @param namespace the version's namespace
     * @param version the version the answer names
     * @param personnummer the person's 12 digits
     * @return the envelope
     */
    static String unknownCodesAnswer(String namespace, LefiVersion version, String personnummer) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP11 + "\"><soapenv:Body>"
                + "<hamtaFormansinformationSvar xmlns=\"" + namespace + "\" lefiOnlineVersion=\""
                + version.wireValue() + "\">"
                + "<svarstidpunkt>2020-03-02T10:21:33.640+01:00</svarstidpunkt><formansinformation>"
                + "<generellPersoninformation><personnummer>" + personnummer + "</personnummer>"
                + "<namn>Test Testsson</namn><civilstand><id>9</id><beskrivning>Ny civilståndskod</beskrivning>"
                + "</civilstand></generellPersoninformation>"
                + "<programanvisning><period><fran>2020-01-01</fran></period>"
                + "<program><id>77</id><beskrivning>Nytt program</beskrivning></program></programanvisning>"
                + "<sjukpenningarende><startades>2020-01-07</startades><aktivt>true</aktivt><beslut>"
                + "<fattades>2020-01-24</fattades><forman><id>NYF</id><beskrivning>Ny förmån</beskrivning></forman>"
                + "<ersattning>NY_ERSATTNING</ersattning></beslut></sjukpenningarende>"
                + "<utbetalningsuppgift><typ><id>7</id><beskrivning>Ny utbetalningstyp</beskrivning></typ>"
                + "<foretag><id>1009</id><beskrivning>Ny myndighet</beskrivning></foretag>"
                + "<formansfamilj><id>NYFAM</id><beskrivning>Ny förmånsfamilj</beskrivning></formansfamilj>"
                + "<datum>2020-01-29</datum><bruttobelopp><summa>1000</summa></bruttobelopp>"
                + "<skattebelopp><summa>300</summa></skattebelopp><avdragsbelopp><summa>350</summa></avdragsbelopp>"
                + "<nettobelopp><summa>650</summa></nettobelopp>"
                + "<utbetalningsdetalj><forman><id>NYFORMAN</id><beskrivning>Ny förmån på rad</beskrivning></forman>"
                + "<beloppstyp><id>NYB</id><beskrivning>Ny beloppstyp</beskrivning></beloppstyp>"
                + "<bruttobelopp><summa>1000</summa></bruttobelopp></utbetalningsdetalj>"
                + "<utbetalningsdetalj><forman><id>PS</id></forman><beloppstyp><id>PS</id></beloppstyp>"
                + "<skattebelopp><summa>300</summa></skattebelopp></utbetalningsdetalj>"
                + "<utbetalningsdetalj><forman><id>NYAVDRAG</id></forman><beloppstyp><id>NYAVDRAG</id></beloppstyp>"
                + "<avdragsbelopp><summa>50</summa></avdragsbelopp></utbetalningsdetalj>"
                + "</utbetalningsuppgift></formansinformation></hamtaFormansinformationSvar>"
                + "</soapenv:Body></soapenv:Envelope>";
    }

    /**
     * Parses a SOAP 1.1 envelope (no DOCTYPE allowed) and returns the first element of its Body.
     *
     * @param envelope the envelope's text
     * @return the Body's payload
     * @throws Exception when it does not parse
     */
    static Element bodyPayload(String envelope) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)));
        Element body = firstChildElement(doc.getDocumentElement(), "Body")
                .orElseThrow(() -> new AssertionError("no SOAP Body in " + envelope));
        if (!SOAP11.equals(body.getNamespaceURI())) {
            throw new AssertionError("the Body is not SOAP 1.1 but " + body.getNamespaceURI());
        }
        return firstChildElement(body, null).orElseThrow(() -> new AssertionError("empty SOAP Body"));
    }

    /**
     * Returns the text of an element's first child element of a name.
     *
     * @param parent the element
     * @param localName the child's local name
     * @return its text
     * @throws AssertionError when there is no such child
     */
    static String childText(Element parent, String localName) {
        return firstChildElement(parent, localName).map(Node::getTextContent)
                .orElseThrow(() -> new AssertionError("no " + localName + " in " + parent.getLocalName()));
    }

    /**
     * Returns the text of the first element of a local name anywhere below an element.
     *
     * @param root the element
     * @param localName the descendant's local name
     * @return its text, trimmed, if there is one
     */
    static Optional<String> descendantText(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? Optional.empty() : Optional.of(found.item(0).getTextContent().strip());
    }

    private static Optional<Element> firstChildElement(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
