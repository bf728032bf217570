package se.lefi.client.internal.xml;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Holds the text of the element being read, as characters in one buffer reused for every element
 * of an answer: numbers and dates are then read from it without a String per value
 * ({@link XmlLexical}). One per read; not thread-safe.
 *
 * <pre>{@code
 * ElementText text = new ElementText();
 * text.read(reader);                                   // on a start tag; left on its end tag
 * Object value = XmlLexical.parse(kind, text.chars(), text.length());
 * }</pre>
 */
final class ElementText {

    private final RepeatedValues repeats = new RepeatedValues();
    private char[] chars = new char[64];
    private int length;

    /**
     * Reads an element's text up to its end tag, joining text split by comments or CDATA as JAXB does.
     *
     * @param reader positioned on the element's start tag; left on its end tag
     * @throws XMLStreamException when the element holds an element or the document ends inside it
     */
    void read(XMLStreamReader reader) throws XMLStreamException {
        length = 0;
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int n = reader.getTextLength();
                if (length + n > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
                }
                System.arraycopy(reader.getTextCharacters(), reader.getTextStart(), chars, length, n);
                length += n;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("a text element holds a child element", reader.getLocation());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the answer ends inside an element");
            }
        }
    }

    /** Returns the buffer; the text is its first {@link #length()} characters. */
    char[] chars() {
        return chars;
    }

    /** Returns the text's length; 0 for an empty element. */
    int length() {
        return length;
    }

    /** Returns the values this read has met, to share their repeats. */
    RepeatedValues repeats() {
        return repeats;
    }

    /** Returns the text as a String. */
    String string() {
        return new String(chars, 0, length);
    }
}
