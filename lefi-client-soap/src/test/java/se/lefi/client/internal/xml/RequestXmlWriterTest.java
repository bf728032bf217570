package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

class RequestXmlWriterTest {

    private static final String NS = "urn:lefi-online:formansinformation:6";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Writes what GeneratedClassWriter writes: a default namespace, attributes, text, a nil element. */
    private static void request(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("", "hamtaFormansinformation", NS);
        w.writeDefaultNamespace(NS);
        w.writeAttribute("lefiOnlineVersion", "6.0 \"<&>\t\r\n");
        w.writeStartElement("", "personnummer", NS);
        w.writeCharacters("191212121212");
        w.writeEndElement();
        w.writeStartElement("", "text", NS);
        w.writeCharacters("a < b & c > d ]]> \"q\" 'a' \r\n\t åäö 😀");
        w.writeEndElement();
        w.writeStartElement("", "tom", NS);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute("xsi", XSI, "nil", "true");
        w.writeEndElement();
        w.writeEndElement();
    }

    @Test
    void writeSimple_whenRequestUsesEveryCallOfTheRequestWriters_readsBackAsWoodstoxWrittenXml() throws Exception {
        byte[] simple = SoapEnvelopeWriter.writeSimple(RequestXmlWriterTest::request);
        byte[] woodstox = SoapEnvelopeWriter.write(RequestXmlWriterTest::request);

        assertThat(Utf8XmlReaderTest.events(SafeXml.open(new ByteArrayInputStream(simple))))
                .isEqualTo(Utf8XmlReaderTest.events(SafeXml.open(new ByteArrayInputStream(woodstox))))
                .contains("Ca < b & c > d ]]> \"q\" 'a' \r\n\t åäö 😀");
        assertThat(new String(simple, StandardCharsets.UTF_8)).startsWith("<?xml version='1.0' encoding='UTF-8'?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header/>"
                + "<soapenv:Body><hamtaFormansinformation xmlns=\"" + NS + "\"");
    }

    @Test
    void writeCharacters_whenControlCharacter_failsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> SoapEnvelopeWriter.writeSimple(w -> {
            w.writeStartElement("", "x", NS);
            w.writeCharacters("a\u0001b");
            w.writeEndElement();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("SOAP envelope")
                .cause().hasMessageContaining("U+0001");
    }

    @Test
    void writeCharacters_whenLoneSurrogate_fails() {
        assertThatThrownBy(() -> SoapEnvelopeWriter.writeSimple(w -> {
            w.writeStartElement("", "x", NS);
            w.writeCharacters("a\uD800b");
            w.writeEndElement();
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writeComment_whenCalled_throwsUnsupportedOperation() {
        assertThatThrownBy(() -> new RequestXmlWriter().writeComment("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
