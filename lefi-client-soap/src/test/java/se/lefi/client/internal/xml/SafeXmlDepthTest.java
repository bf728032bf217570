package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class SafeXmlDepthTest {

    private static XMLStreamReader open(String xml) throws XMLStreamException {
        return SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void readAll(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    @Test
    void next_whenNestingDeeperThanLimit_throwsUnsafeXmlException() {
        int depth = SafeXml.MAX_DEPTH + 1;
        String xml = "<a>".repeat(depth) + "</a>".repeat(depth);

        assertThatThrownBy(() -> readAll(open(xml))).isInstanceOf(SafeXml.UnsafeXmlException.class)
                .hasMessageContaining("deeper than " + SafeXml.MAX_DEPTH);
    }

    @Test
    void next_whenNestingAtLimit_readsTheDocument() throws XMLStreamException {
        int depth = SafeXml.MAX_DEPTH;
        XMLStreamReader reader = open("<a>".repeat(depth) + "</a>".repeat(depth));

        readAll(reader);

        assertThat(reader.getEventType()).isEqualTo(XMLStreamConstants.END_DOCUMENT);
    }

    @Test
    void getElementText_onManySiblings_keepsDepthRight() throws XMLStreamException {
        // Thousands of text elements read with getElementText must not count as nesting.
        String siblings = "<t>x</t>".repeat(5_000);
        int depth = SafeXml.MAX_DEPTH - 2;
        XMLStreamReader reader = open("<r>" + siblings + "<a>".repeat(depth) + "</a>".repeat(depth) + "</r>");
        reader.nextTag();
        int texts = 0;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT && "t".equals(reader.getLocalName())) {
            assertThat(reader.getElementText()).isEqualTo("x");
            texts++;
        }

        readAll(reader);

        assertThat(texts).isEqualTo(5_000);
    }

    @Test
    void getElementText_whenChildElement_throws() throws XMLStreamException {
        XMLStreamReader reader = open("<r><c/></r>");
        reader.nextTag();

        assertThatThrownBy(reader::getElementText).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void getElementText_whenPredefinedEntity_returnsItsCharacter() throws XMLStreamException {
        XMLStreamReader reader = open("<r>a&amp;b</r>");
        reader.nextTag();

        // Predefined entities are plain text to StAX and must keep working through the guard.
        assertThat(reader.getElementText()).isEqualTo("a&b");
    }
}
