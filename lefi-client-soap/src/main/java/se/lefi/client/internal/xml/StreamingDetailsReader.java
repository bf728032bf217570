package se.lefi.client.internal.xml;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.internal.formansinformation.MalformedAnswerException;
import se.lefi.client.internal.formansinformation.SharedValueTypes;
import se.lefi.client.model.Details;

/**
 * Reads an element of a contract's generated JAXB type straight from StAX into {@link Details},
 * without building the JAXB object graph first: the same result as unmarshalling with JAXB and
 * then calling the adapter contract suite's {@code JaxbReferenceDecoder}, at a fraction of the
 * time and garbage, and with nothing but the result held in memory while a large answer streams in.
 *
 * <p>This class is the read loop alone; the work is shared out. What is read (element names and
 * namespaces, lists, types) comes from the annotations xjc generated from the contract's XSD,
 * through {@link DecodedType} on the {@link JaxbTypeModel} the request writer uses too; nothing
 * here names an element of a contract. {@link XmlLexical} reads values with JAXB's lexical rules,
 * {@link DecodedProperty} converts them as the reference decoder does (empty elements absent,
 * {@code personnummer} elements to {@link se.lefi.client.Personnummer}), and
 * {@link SharedValueTypes}, shared with the JSON version, builds codes, amounts, periods and
 * fractions. As with JAXB, elements the generated classes do not know are skipped, and a value
 * that cannot be converted fails the read.
 *
 * <pre>{@code
 * static final StreamingDetailsReader SVAR = StreamingDetailsReader.forType(HamtaFormansinformationSvar.class);
 * Details svar = SVAR.read(reader);   // reader on the start tag; left on the matching end tag
 * }</pre>
 */
public final class StreamingDetailsReader {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final DecodedType root;

    private StreamingDetailsReader(DecodedType root) {
        this.root = root;
    }

    /**
     * Returns a reader for elements of a generated class; the class's model is computed once.
     *
     * @param generatedClass a class xjc generated from a contract XSD
     * @return the reader, thread-safe and meant to be kept in a constant
     * @throws IllegalArgumentException if the class uses a JAXB feature this reader does not support
     */
    public static StreamingDetailsReader forType(Class<?> generatedClass) {
        // Only the root's model is built here; nested classes are modelled when an answer first
        // holds them, which keeps a cold JVM's first answer fast (a contract has over a hundred).
        return new StreamingDetailsReader(DecodedType.of(generatedClass));
    }

    /**
     * Models every class reachable from the root now; a test calls this to prove that the whole
     * contract uses only features this reader supports.
     *
     * @return this reader
     * @throws IllegalArgumentException if some reachable class uses an unsupported feature
     */
    public StreamingDetailsReader resolveAll() {
        root.resolveAll(new HashSet<>());
        return this;
    }

    /**
     * Reads the element the reader is positioned on.
     *
     * @param reader positioned on the element's start tag; left on its end tag
     * @return the element's details, empty when it has no value
     * @throws XMLStreamException when the XML is malformed
     * @throws MalformedAnswerException when a value cannot be converted
     */
    public Details read(XMLStreamReader reader) throws XMLStreamException {
        Read read = new Read(new ElementText(), new SharedValueTypes());
        Object[] slots = readSlots(reader, root, read, 0);
        Details details = slots == null ? null : root.details(slots);
        return details == null ? Details.empty() : details;
    }

    /**
     * What one read shares: the text buffer, the shared values, and one slot array per nesting
     * level, reused by every structure read at that level (a payment's slots serve the next one).
     */
    private static final class Read {
        final ElementText text;
        final SharedValueTypes values;
        private Object[][] slotsByDepth = new Object[16][];

        Read(ElementText text, SharedValueTypes values) {
            this.text = text;
            this.values = values;
        }

        Object[] slots(int depth, int count) {
            if (depth >= slotsByDepth.length) {
                slotsByDepth = Arrays.copyOf(slotsByDepth, Math.max(depth + 1, slotsByDepth.length * 2));
            }
            Object[] slots = slotsByDepth[depth];
            if (slots == null || slots.length < count) {
                slots = new Object[count];
                slotsByDepth[depth] = slots;
            }
            return slots;
        }
    }

    /**
     * Reads a structure's children into the slot array of its depth; null when it has none this
     * class knows. The caller converts the slots and then clears them.
     */
    private static Object[] readSlots(XMLStreamReader reader, DecodedType type, Read read, int depth)
            throws XMLStreamException {
        ElementText text = read.text;
        Utf8XmlReader utf8 = reader instanceof Utf8XmlReader u ? u : null;
        Object[] slots = null;
        while (true) {
            // Between a structure's children there is only space to ignore; the UTF-8 reader skips it uncopied.
            int event = utf8 != null ? utf8.nextSkippingText() : reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                DecodedProperty property = type.property(reader.getLocalName(), reader.getNamespaceURI());
                if (property == null) {
                    SafeXml.skipElement(reader);
                    continue;
                }
                if (slots == null) {
                    slots = read.slots(depth, type.slotCount());
                }
                if (property.kind == ValueKind.STRUCTURE) {
                    property.store(slots, readStructure(reader, property.structure(), read, depth + 1));
                } else if (isNil(reader)) {
                    SafeXml.skipElement(reader);
                } else if (property.xmlList) {
                    text.read(reader);
                    for (String token : tokens(text.string())) {
                        property.store(slots, property.convert(token));
                    }
                } else {
                    text.read(reader);
                    property.store(slots, property.convert(text));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return slots;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the answer ends inside an element");
            }
        }
    }

    private static Object readStructure(XMLStreamReader reader, DecodedType type, Read read, int depth)
            throws XMLStreamException {
        if (isNil(reader)) {
            SafeXml.skipElement(reader);
            return null;
        }
        Object[] slots = readSlots(reader, type, read, depth);
        if (slots == null) {
            return null;
        }
        Object value = type.value(slots, read.values);
        Arrays.fill(slots, 0, type.slotCount(), null);
        return value;
    }

    private static boolean isNil(XMLStreamReader reader) {
        if (reader.getAttributeCount() == 0) {
            return false; // nearly every element: no attribute lookup
        }
        String nil = reader.getAttributeValue(XSI, "nil");
        return nil != null && ("true".equals(nil.trim()) || "1".equals(nil.trim()));
    }

    private static List<String> tokens(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }
}
