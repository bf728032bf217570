package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an object of a contract's generated JAXB classes as XML the way JAXB marshals it, from
 * the same annotations, without building a JAXBContext: requests are small, and a JAXBContext of a
 * whole contract costs a cold JVM a good part of a second. The annotations are read by
 * {@link JaxbTypeModel}, which the answer decoder reads them through as well.
 *
 * <p>Supported is what xjc generates for the contracts: sequences of elements in
 * {@link XmlType#propOrder} (superclass first), attributes, lists, {@link XmlList}, nillable
 * elements, enums, {@link XmlJavaTypeAdapter} adapters, and the XML Schema built-in types.
 * Anything else is refused with an exception, so {@link JaxbSupport} falls back to JAXB itself.
 *
 * <pre>{@code
 * GeneratedClassWriter.write(writer, new QName(NS, "ping"), new PingFraga());
 * }</pre>
 */
final class GeneratedClassWriter {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return properties(type);
        }
    };

    private static final ClassValue<Boolean> SUPPORTED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                walk(type, new java.util.HashSet<>());
                return true;
            } catch (UnsupportedOperationException e) {
                return false;
            }
        }
    };

    private GeneratedClassWriter() {
    }

    /**
     * Tells whether every class reachable from this one can be written; checked once per class,
     * so a write never stops half-way for lack of support.
     *
     * @param type a generated class
     * @return true if {@link #write} handles it
     */
    static boolean supports(Class<?> type) {
        return SUPPORTED.get(type);
    }

    private static void walk(Class<?> type, java.util.Set<Class<?>> seen) {
        if (seen.add(type)) {
            for (Property p : PROPERTIES.get(type)) {
                if (p.structure) {
                    walk(p.valueType, seen);
                }
            }
        }
    }

    /**
     * Writes one element; its namespace becomes the default namespace of the fragment.
     *
     * @param writer the writer
     * @param name the element's name
     * @param value an instance of a generated class
     * @throws XMLStreamException when writing fails
     * @throws UnsupportedOperationException when the class uses a JAXB feature this writer lacks
     */
    static void write(XMLStreamWriter writer, QName name, Object value) throws XMLStreamException {
        String namespace = name.getNamespaceURI();
        writer.writeStartElement("", name.getLocalPart(), namespace);
        writer.writeDefaultNamespace(namespace);
        writeContent(writer, value, namespace);
        writer.writeEndElement();
    }

    private static void writeContent(XMLStreamWriter writer, Object value, String defaultNamespace)
            throws XMLStreamException {
        List<Property> properties = PROPERTIES.get(value.getClass());
        for (Property p : properties) {
            if (p.attribute) {
                Object v = p.get(value);
                if (v != null) {
                    writer.writeAttribute(p.name, p.lexical(v));
                }
            }
        }
        for (Property p : properties) {
            if (p.attribute) {
                continue;
            }
            Object v = p.get(value);
            if (v instanceof List<?> list && !p.xmlList) {
                for (Object item : list) {
                    if (item != null) {
                        element(writer, p, item, defaultNamespace);
                    }
                }
            } else if (v != null) {
                element(writer, p, v, defaultNamespace);
            } else if (p.nillable) {
                start(writer, p, defaultNamespace);
                writer.writeNamespace("xsi", XSI);
                writer.writeAttribute("xsi", XSI, "nil", "true");
                writer.writeEndElement();
            }
        }
    }

    private static void element(XMLStreamWriter writer, Property p, Object v, String defaultNamespace)
            throws XMLStreamException {
        start(writer, p, defaultNamespace);
        if (p.structure) {
            writeContent(writer, v, defaultNamespace);
        } else {
            writer.writeCharacters(p.lexical(v));
        }
        writer.writeEndElement();
    }

    private static void start(XMLStreamWriter writer, Property p, String defaultNamespace) throws XMLStreamException {
        if (p.namespace.equals(defaultNamespace)) {
            writer.writeStartElement("", p.name, p.namespace);
        } else {
            throw new UnsupportedOperationException("element " + p.name + " is in another namespace");
        }
    }

    private static List<Property> properties(Class<?> type) {
        JaxbTypeModel model = JaxbTypeModel.of(type);
        if (!model.annotated()) {
            throw new UnsupportedOperationException(type.getName() + " is not a generated class");
        }
        List<Property> result = new ArrayList<>(model.properties().size());
        for (JaxbProperty p : model.properties()) {
            result.add(new Property(p));
        }
        return List.copyOf(result);
    }

    /** One property of a generated class, from its annotation model, with what writing it takes. */
    private static final class Property {
        final Field field;
        final String name;
        final String namespace;
        final boolean attribute;
        final boolean nillable;
        final boolean xmlList;
        final boolean structure;
        final Class<?> valueType;
        final XmlAdapter<Object, Object> adapter;

        @SuppressWarnings("unchecked")
        Property(JaxbProperty property) {
            this.field = property.field();
            field.setAccessible(true);
            this.name = property.name();
            this.namespace = property.namespace();
            this.attribute = property.attribute();
            if (attribute && !namespace.isEmpty()) {
                throw new UnsupportedOperationException("qualified attribute " + field);
            }
            this.nillable = property.nillable();
            this.xmlList = property.xmlList();
            try {
                this.adapter = property.adapter() == null ? null
                        : (XmlAdapter<Object, Object>) property.adapter().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new UnsupportedOperationException("adapter of " + field + " cannot be created", e);
            }
            this.valueType = property.valueType();
            ValueKind kind = ValueKind.of(valueType);
            this.structure = adapter == null && kind == ValueKind.STRUCTURE;
            if (adapter == null && kind == null) {
                throw new UnsupportedOperationException("unsupported type " + valueType.getName() + " of " + field);
            }
        }

        Object get(Object target) {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("generated field not readable: " + name, e);
            }
        }

        String lexical(Object value) {
            if (xmlList && value instanceof List<?> list) {
                StringJoiner joined = new StringJoiner(" ");
                for (Object item : list) {
                    joined.add(single(item));
                }
                return joined.toString();
            }
            return single(value);
        }

        private String single(Object value) {
            try {
                Object v = adapter != null ? adapter.marshal(value) : value;
                if (v instanceof BigDecimal d) {
                    return d.toPlainString();
                }
                if (v instanceof XMLGregorianCalendar c) {
                    return c.toXMLFormat();
                }
                if (v instanceof ContractDate date) {
                    return date.print(); // as its adapter writes it, should a binding ever leave the adapter out
                }
                if (v instanceof Enum<?> e) {
                    return JaxbTypeModel.lexical(e);
                }
                return String.valueOf(v);
            } catch (Exception e) {
                throw new IllegalStateException("value of " + name + " cannot be written", e);
            }
        }
    }
}
