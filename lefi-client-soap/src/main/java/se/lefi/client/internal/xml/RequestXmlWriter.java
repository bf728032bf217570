package se.lefi.client.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a request's XML as UTF-8 bytes into one growing array: the part of {@link XMLStreamWriter}
 * that the envelope and {@link GeneratedClassWriter} use, with prefixes and namespaces written as
 * given (the callers declare every namespace they use). A small request then costs its bytes, not
 * a general writer's buffers and namespace maps, which were a tenth of a small call's allocation.
 *
 * <p>Text and attribute values are escaped so that any parser reads back the same characters; a
 * character XML cannot carry (a control character, a lone surrogate) fails the write before
 * anything is sent. Methods outside that part throw {@link UnsupportedOperationException}; JAXB's
 * own marshaller, which needs them, writes through Woodstox ({@link SoapEnvelopeWriter}).
 *
 * <pre>{@code
 * RequestXmlWriter w = new RequestXmlWriter();
 * w.writeStartElement("", "fraga", "urn:x");
 * w.writeDefaultNamespace("urn:x");
 * w.writeCharacters("1 < 2");
 * w.writeEndElement();
 * byte[] xml = w.toByteArray();     // <fraga xmlns="urn:x">1 &lt; 2</fraga>
 * }</pre>
 */
final class RequestXmlWriter implements XMLStreamWriter {

    private byte[] out = new byte[1024];
    private int size;
    private final Deque<String> open = new ArrayDeque<>();
    /** True while a start tag is written but not yet closed with '>'. */
    private boolean inStartTag;

    /** Returns the bytes written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(out, size);
    }

    @Override
    public void writeStartDocument(String encoding, String version) {
        ascii("<?xml version='" + version + "' encoding='" + encoding + "'?>");
    }

    @Override
    public void writeStartDocument() {
        writeStartDocument("UTF-8", "1.0");
    }

    @Override
    public void writeStartDocument(String version) {
        writeStartDocument("UTF-8", version);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) {
        closeStartTag();
        String name = prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
        ascii("<");
        ascii(name);
        open.push(name);
        inStartTag = true;
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) {
        writeStartElement("", localName, namespaceURI);
    }

    @Override
    public void writeStartElement(String localName) {
        writeStartElement("", localName, "");
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) {
        writeStartElement(prefix, localName, namespaceURI);
        open.pop();
        ascii("/>");
        inStartTag = false;
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) {
        writeEmptyElement("", localName, namespaceURI);
    }

    @Override
    public void writeEmptyElement(String localName) {
        writeEmptyElement("", localName, "");
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
        if (prefix == null || prefix.isEmpty() || prefix.equals("xmlns")) {
            writeDefaultNamespace(namespaceURI);
        } else {
            writeAttribute("xmlns:" + prefix, namespaceURI);
        }
    }

    @Override
    public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
        writeAttribute("xmlns", namespaceURI);
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        if (!inStartTag) {
            throw new XMLStreamException("an attribute outside a start tag");
        }
        ascii(" ");
        ascii(localName);
        ascii("=\"");
        escaped(value, true);
        ascii("\"");
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value)
            throws XMLStreamException {
        writeAttribute(prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName, value);
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        writeAttribute(localName, value);
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        closeStartTag();
        escaped(text, false);
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        writeCharacters(new String(text, start, len));
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        if (open.isEmpty()) {
            throw new XMLStreamException("no element is open");
        }
        String name = open.pop();
        if (inStartTag) {
            ascii("/>");
            inStartTag = false;
        } else {
            ascii("</");
            ascii(name);
            ascii(">");
        }
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        while (!open.isEmpty()) {
            writeEndElement();
        }
    }

    @Override
    public void close() {
        // Nothing to release: the bytes stay in memory.
    }

    @Override
    public void flush() {
        // Nothing buffered elsewhere.
    }

    @Override
    public void setPrefix(String prefix, String uri) {
        // Prefixes are written as the caller gives them.
    }

    @Override
    public void setDefaultNamespace(String uri) {
        // The caller declares the default namespace itself.
    }

    private void closeStartTag() {
        if (inStartTag) {
            ascii(">");
            inStartTag = false;
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            out[size++] = (byte) s.charAt(i);
        }
    }

    private void escaped(String s, boolean attribute) throws XMLStreamException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii(attribute ? "&quot;" : "\"");
                    case '\r' -> ascii("&#13;");
                    case '\n' -> ascii(attribute ? "&#10;" : "\n");
                    case '\t' -> ascii(attribute ? "&#9;" : "\t");
                    default -> {
                        if (c < 0x20) {
                            throw new XMLStreamException("the request holds the control character U+"
                                    + String.format("%04X", (int) c) + ", which XML cannot carry");
                        }
                        ensure(1);
                        out[size++] = (byte) c;
                    }
                }
                continue;
            }
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                throw new XMLStreamException("the request holds a character XML cannot carry");
            }
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, out, size, bytes.length);
            size += bytes.length;
        }
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    // ---- outside the part the request writers use ----

    @Override
    public void writeComment(String data) {
        throw unsupported();
    }

    @Override
    public void writeProcessingInstruction(String target) {
        throw unsupported();
    }

    @Override
    public void writeProcessingInstruction(String target, String data) {
        throw unsupported();
    }

    @Override
    public void writeCData(String data) {
        throw unsupported();
    }

    @Override
    public void writeDTD(String dtd) {
        throw unsupported();
    }

    @Override
    public void writeEntityRef(String name) {
        throw unsupported();
    }

    @Override
    public String getPrefix(String uri) {
        throw unsupported();
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) {
        throw unsupported();
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        throw unsupported();
    }

    @Override
    public Object getProperty(String name) {
        throw new IllegalArgumentException("no property " + name);
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the request writer writes elements, attributes and text only");
    }
}
