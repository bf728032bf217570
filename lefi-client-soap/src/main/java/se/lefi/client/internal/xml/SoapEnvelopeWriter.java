package se.lefi.client.internal.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a SOAP 1.1 envelope around a body that the caller writes into the same stream.
 */
public final class SoapEnvelopeWriter {

    /** The SOAP 1.1 envelope namespace. */
    public static final String SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    /** The SOAP 1.2 envelope namespace, which the service never speaks. */
    public static final String SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope";
    /** The content type of a SOAP 1.1 request. */
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    // Woodstox buffers its output; the JDK's writer hands every byte to the stream one by one,
    // which made writing a request a sixth of a small call's CPU time.
    // Made on first use: the SDK's own requests go through RequestXmlWriter and never load it.
    private static final class Woodstox {
        static final XMLOutputFactory FACTORY = new com.ctc.wstx.stax.WstxOutputFactory();
    }

    private SoapEnvelopeWriter() {
    }

    /**
     * Writes an envelope and lets the body writer fill its Body.
     *
     * @param body writes the Body's single child
     * @return the envelope's UTF-8 bytes
     */
    public static byte[] write(BodyWriter body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter writer = Woodstox.FACTORY.createXMLStreamWriter(out, "UTF-8");
            writeEnvelope(writer, body);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the SOAP envelope", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes an envelope whose body only elements, attributes and text: through
     * {@link RequestXmlWriter}, which costs a request its bytes and little more.
     *
     * @param body writes the Body's single child with those calls only
     * @return the envelope's UTF-8 bytes
     */
    static byte[] writeSimple(BodyWriter body) {
        RequestXmlWriter writer = new RequestXmlWriter();
        try {
            writeEnvelope(writer, body);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the SOAP envelope", e);
        }
        return writer.toByteArray();
    }

    private static void writeEnvelope(XMLStreamWriter writer, BodyWriter body) throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
        writer.setPrefix("soapenv", SOAP11_NS);
        writer.writeStartElement("soapenv", "Envelope", SOAP11_NS);
        writer.writeNamespace("soapenv", SOAP11_NS);
        writer.writeEmptyElement("soapenv", "Header", SOAP11_NS);
        writer.writeStartElement("soapenv", "Body", SOAP11_NS);
        body.write(writer);
        writer.writeEndElement();
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.close();
    }

    /** Returns the text as UTF-8 bytes; a helper for fixed bodies such as ping. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the Body's content. */
    @FunctionalInterface
    public interface BodyWriter {
        /**
         * Writes the body content.
         *
         * @param writer positioned inside the Body element
         * @throws XMLStreamException when writing fails
         */
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }
}
