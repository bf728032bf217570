package se.lefi.client.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lefi.client.benchmarks.Responses.Size;

class ResponsesTest {

    @ParameterizedTest
    @EnumSource(Size.class)
    void bytes_whenBuilt_payloadIsValidAgainstThe60Xsd(Size size) throws Exception {
        URL xsd = getClass().getResource("/se/lefi/client/benchmarks/contract/lefi-online-6.xsd");
        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = schemas.newSchema(xsd).newValidator();
        XMLStreamReader reader = XMLInputFactory.newDefaultFactory()
                .createXMLStreamReader(new ByteArrayInputStream(Responses.bytes(size)));
        while (!(reader.isStartElement() && "hamtaFormansinformationSvar".equals(reader.getLocalName()))) {
            reader.next();
        }
        // Validates the payload subtree only; the envelope is SOAP's, not the contract's.
        validator.validate(new StAXSource(new PayloadOnly(reader)));
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void bytes_whenBuilt_sizeIsNearItsTarget(Size size) {
        int length = Responses.bytes(size).length;
        switch (size) {
            case SMALL -> assertThat(length).isBetween(8 * 1024, 16 * 1024);
            case MEDIUM -> assertThat(length).isBetween(200 * 1024, 220 * 1024);
            case LARGE -> assertThat(length).isBetween(5 * 1024 * 1024, 5 * 1024 * 1024 + 20 * 1024);
            default -> throw new AssertionError(size);
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void bytes_whenBuiltTwice_areIdentical(Size size) {
        // Two real builds, not the cache's copies: nothing in a build may depend on time or chance.
        byte[] first = Responses.build(size);
        byte[] second = Responses.build(size);

        assertThat(second).isNotSameAs(first).isEqualTo(first);
        assertThat(Responses.bytes(size)).isEqualTo(first);
    }

    /** Ends the stream after the payload's end tag, so the validator sees one document. */
    private static final class PayloadOnly extends javax.xml.stream.util.StreamReaderDelegate {
        private int depth;
        private boolean done;

        PayloadOnly(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int getEventType() {
            return done ? END_DOCUMENT : super.getEventType();
        }

        @Override
        public boolean hasNext() throws javax.xml.stream.XMLStreamException {
            return !done && super.hasNext();
        }

        @Override
        public int next() throws javax.xml.stream.XMLStreamException {
            if (super.getEventType() == START_ELEMENT) {
                depth++;
            } else if (super.getEventType() == END_ELEMENT) {
                depth--;
            }
            if (depth == 0 && super.getEventType() == END_ELEMENT) {
                done = true;
                return END_DOCUMENT;
            }
            return super.next();
        }
    }
}
