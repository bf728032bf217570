package se.lefi.client.functional.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Judges a mutated answer with a parser other than the SDK's: the JDK's own SAX parser, which
 * refuses a DOCTYPE. What it cannot read whole (not well-formed, not valid in its encoding, a
 * DOCTYPE) or what nests deeper than the SDK allows must never become an answer.
 */
final class XmlOracle {

    /** The SDK's nesting limit (SafeXml.MAX_DEPTH): deeper is unsafe. */
    static final int MAX_DEPTH = 256;

    private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(XmlOracle::newParser);

    private XmlOracle() {
    }

    /**
     * Tells whether the SDK must reject the bytes as malformed or unsafe.
     *
     * @param body the answer's bytes
     * @return true when they are no well-formed XML document without DOCTYPE, or nest too deep
     */
    static boolean malformedOrUnsafe(byte[] body) {
        DepthCounter depth = new DepthCounter();
        SAXParser parser = PARSER.get();
        try {
            parser.parse(new ByteArrayInputStream(body), depth);
            return depth.max > MAX_DEPTH;
        } catch (SAXException | IOException e) {
            return true;
        } finally {
            parser.reset();
        }
    }

    private static SAXParser newParser() {
        try {
            // The JDK's built-in parser, never one found on the class path.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class DepthCounter extends DefaultHandler {
        int depth;
        int max;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            max = Math.max(max, ++depth);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
        }
    }
}
