package se.lefi.client.internal.xml;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Creates StAX readers that never process a DTD and never resolve an entity.
 *
 * <p>The factory refuses DTDs and external entities; on top of that the reader rejects a DOCTYPE or
 * an entity reference the moment it meets one, whatever the StAX implementation would do with it.
 * The service never sends either, so their presence alone marks an answer as unsafe. With no DTD
 * read, every entity but the five predefined ones is undeclared, and the parser is told to replace
 * references: so it fails on an undeclared one wherever it stands, in an attribute value too (told
 * not to replace them, Woodstox drops one in an attribute value silently, and a malformed answer
 * would pass). It also
 * rejects nesting deeper than {@link #MAX_DEPTH}: the contract's deepest element sits about a dozen
 * levels down, and a hostile answer of 100 000 nested elements would otherwise make a decoder
 * build as many objects (or recurse as deep).
 *
 * <p>A UTF-8 answer (what the service sends) is read by {@link Utf8XmlReader}, which has no DTD
 * support to switch off and applies the same rules and limits while reading bytes directly. Any other
 * encoding is read by Woodstox, created directly (never looked up on the class path, so another StAX
 * implementation there changes nothing) and hardened with the settings below; Woodstox's own limits
 * on names, attributes, nesting and text lengths stay at their defaults.
 */
public final class SafeXml {

    /** The deepest element nesting accepted; far beyond any contract version's. */
    public static final int MAX_DEPTH = 256;

    /** Made on first use: a UTF-8 answer never needs Woodstox, so a JVM that only sees those never loads it. */
    private static final class Woodstox {
        static final XMLInputFactory FACTORY = createFactory();
    }

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Nothing is declared without a DTD: replacing makes every reference but the predefined a parse error.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never resolved");
        });
        return factory;
    }

    /**
     * Opens a hardened reader over UTF-8 (or declared-encoding) XML.
     *
     * @param in the XML bytes
     * @return a reader that throws {@link UnsafeXmlException} on a DTD or entity reference
     * @throws XMLStreamException if the reader cannot be created
     */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        InputStream[] replay = new InputStream[1];
        XMLStreamReader utf8 = Utf8XmlReader.openOrNull(in, replay);
        return utf8 != null ? utf8 : openWithWoodstox(replay[0]);
    }

    /**
     * Opens a hardened Woodstox reader whatever the encoding: what {@link #open} falls back to for
     * a document that is not UTF-8, and the reference the tests compare the UTF-8 reader with.
     *
     * @param in the XML bytes
     * @return a reader that throws {@link UnsafeXmlException} on a DTD or entity reference
     * @throws XMLStreamException if the reader cannot be created
     */
    static XMLStreamReader openWithWoodstox(InputStream in) throws XMLStreamException {
        return new Guard(Woodstox.FACTORY.createXMLStreamReader(in));
    }

    /**
     * Skips the element the reader stands on, with everything inside it.
     *
     * @param reader positioned on a start tag; left on the matching end tag
     * @throws XMLStreamException if the document ends inside the element
     */
    public static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the answer ends inside an element");
            }
        }
    }

    /** Thrown when an answer carries a DOCTYPE or an entity reference. */
    public static final class UnsafeXmlException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        UnsafeXmlException(String message) {
            super(message);
        }
    }

    private static final class Guard extends StreamReaderDelegate {
        private int depth;

        Guard(XMLStreamReader reader) throws XMLStreamException {
            super(reader);
            check(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return check(super.next());
        }

        @Override
        public String getElementText() throws XMLStreamException {
            // The delegate's own getElementText would read past our check; walk with next() instead.
            if (getEventType() != START_ELEMENT) {
                throw new XMLStreamException("not at a start tag", getLocation());
            }
            // One text event is the rule; a builder only when the text comes in pieces.
            String single = null;
            StringBuilder text = null;
            int event = next();
            while (event != END_ELEMENT) {
                if (event == CHARACTERS || event == CDATA || event == SPACE) {
                    if (single == null) {
                        single = getText();
                    } else {
                        if (text == null) {
                            text = new StringBuilder(single);
                        }
                        text.append(getText());
                    }
                } else if (event == START_ELEMENT) {
                    throw new XMLStreamException("an element was found where only text was expected", getLocation());
                } else if (event == END_DOCUMENT) {
                    throw new XMLStreamException("the document ended inside an element", getLocation());
                }
                event = next();
            }
            return text != null ? text.toString() : single != null ? single : "";
        }

        @Override
        public int nextTag() throws XMLStreamException {
            // nextTag() skips events itself; walk with next() so nothing escapes the check.
            int event = next();
            while (event == CHARACTERS && isWhiteSpace() || event == CDATA && isWhiteSpace()
                    || event == SPACE || event == PROCESSING_INSTRUCTION || event == COMMENT) {
                event = next();
            }
            if (event != START_ELEMENT && event != END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }

        private int check(int event) throws UnsafeXmlException {
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                throw new UnsafeXmlException("the answer nests elements deeper than " + MAX_DEPTH
                        + " levels, which the service never does");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            if (event == XMLStreamConstants.DTD) {
                throw new UnsafeXmlException("the answer contains a DOCTYPE, which the service never sends");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new UnsafeXmlException("the answer contains an entity, which the service never sends");
            }
            return event;
        }
    }
}
