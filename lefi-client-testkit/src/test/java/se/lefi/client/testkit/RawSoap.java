package se.lefi.client.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Sends hand-written SOAP requests to the simulator (for what the real client refuses to send)
 * and validates answers against the contract's XSDs copied into the test resources.
 */
final class RawSoap {

    static final String NS5 = "urn:lefi-online:formansinformation:5";
    static final String NS6 = "urn:lefi-online:formansinformation:6";
    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Schema XSD5 = schema("/contract/lefi-online-5.xsd");
    private static final Schema XSD6 = schema("/contract/lefi-online-6.xsd");

    /** An HTTP answer, parsed. */
    record Answer(int status, String body, Document document) {
        /** Returns the Body's single child (the answer, or the Fault). */
        Element payload() {
            Element body = (Element) document.getElementsByTagNameNS(SOAP, "Body").item(0);
            return firstElement(body);
        }

        /** Returns the lefiFel element of a fault. */
        Element lefiFel() {
            Element detail = (Element) document.getElementsByTagName("detail").item(0);
            return firstElement(detail);
        }

        String text(String localName) {
            NodeList nodes = document.getElementsByTagNameNS("*", localName);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        int count(String localName) {
            return document.getElementsByTagNameNS("*", localName).getLength();
        }

        List<String> texts(String localName) {
            NodeList nodes = document.getElementsByTagNameNS("*", localName);
            List<String> result = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                result.add(nodes.item(i).getTextContent().trim());
            }
            return result;
        }

        /** Validates the payload (or the lefiFel of a fault) against the XSD of its namespace. */
        void validate() {
            Element element = status == 500 ? lefiFel() : payload();
            Schema schema = NS5.equals(element.getNamespaceURI()) ? XSD5 : XSD6;
            try {
                schema.newValidator().validate(new DOMSource(element));
            } catch (Exception e) {
                throw new AssertionError("the simulator's XML does not validate: " + e.getMessage() + "\n" + body, e);
            }
        }
    }

    private RawSoap() {
    }

    static String query(String ns, String version, String org, String pnr, String from, String tom, List<String> info,
            List<String> payments, List<String> preliminary) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"").append(SOAP)
                .append("\"><soapenv:Header/><soapenv:Body><hamtaFormansinformation xmlns=\"").append(ns)
                .append("\" lefiOnlineVersion=\"").append(version).append("\">");
        b.append("<organisationsnummer>").append(org).append("</organisationsnummer>");
        b.append("<korrelationsid>raw-test</korrelationsid>");
        b.append("<personnummer>").append(pnr).append("</personnummer>");
        b.append("<period><from>").append(from).append("</from><tom>").append(tom).append("</tom></period>");
        info.forEach(c -> b.append("<formansinformation>").append(c).append("</formansinformation>"));
        payments.forEach(c -> b.append("<utbetalningar>").append(c).append("</utbetalningar>"));
        preliminary.forEach(c -> b.append("<preliminaraUtbetalningar>").append(c).append("</preliminaraUtbetalningar>"));
        b.append("</hamtaFormansinformation></soapenv:Body></soapenv:Envelope>");
        return b.toString();
    }

    static String ping(String ns) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP + "\"><soapenv:Body><ping xmlns=\"" + ns
                + "\"/></soapenv:Body></soapenv:Envelope>";
    }

    static Answer post(URI endpoint, String xml) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                    .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer of(int status, String body) {
        return new Answer(status, body, parse(body));
    }

    private static Document parse(String body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    private static Element firstElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no element inside " + parent.getNodeName());
    }

    private static Schema schema(String resource) {
        try {
            URL url = RawSoap.class.getResource(resource);
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            return factory.newSchema(url);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
