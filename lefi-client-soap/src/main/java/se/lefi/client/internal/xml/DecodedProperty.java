package se.lefi.client.internal.xml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.datatype.XMLGregorianCalendar;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.MalformedAnswerException;

/**
 * One element property of a generated class as {@link StreamingDetailsReader} reads it: the slot
 * its values go to, how its text becomes a value ({@link XmlLexical}), and how that value becomes
 * what {@link se.lefi.client.model.Details} holds, as the adapter contract suite's reference
 * decoder converts a generated field. Made by {@link DecodedType}; immutable but for the lazily
 * found model of a nested structure.
 *
 * <pre>{@code
 * DecodedProperty p = type.property(reader.getLocalName(), reader.getNamespaceURI());
 * text.read(reader);
 * p.store(slots, p.convert(text));   // raw value into its slot
 * Object value = p.finish(slots[i]); // later: the value Details holds
 * }</pre>
 */
final class DecodedProperty {

    final String name;
    final String namespace;
    final int index;
    final boolean list;
    final boolean xmlList;
    final ValueKind kind;
    private final String defaultValue;
    private final boolean personnummer;
    private final Map<String, String> enumConstants;
    private final Class<?> valueType;
    private DecodedType structure;

    /**
     * Takes a property from the annotation model.
     *
     * @param property the element property
     * @param index its slot
     * @throws IllegalArgumentException when it uses a JAXB feature the decoder does not support
     */
    DecodedProperty(JaxbProperty property, int index) {
        this.name = property.name();
        this.namespace = property.namespace();
        this.index = index;
        this.list = property.list();
        this.xmlList = property.xmlList();
        this.defaultValue = property.defaultValue();
        // The formansinformation structure's one rule by element name: wherever a personnummer stands.
        this.personnummer = "personnummer".equals(name);
        this.valueType = property.valueType();
        if (property.adapter() != null && property.adapter() != ContractDateAdapter.class) {
            throw new IllegalArgumentException("unsupported adapter " + property.adapter().getName() + " on "
                    + property.field());
        }
        ValueKind valueKind = ValueKind.of(valueType);
        if (valueKind == null) {
            throw new IllegalArgumentException("unsupported property type " + valueType.getName() + " on "
                    + property.field());
        }
        this.kind = valueKind;
        this.enumConstants = kind == ValueKind.ENUM ? JaxbTypeModel.enumConstants(valueType) : Map.of();
    }

    /** Returns the model of a structure property, found lazily since types may refer to each other. */
    DecodedType structure() {
        DecodedType model = structure;
        if (model == null) {
            model = DecodedType.of(valueType); // DecodedType is immutable: a racing second lookup is harmless
            structure = model;
        }
        return model;
    }

    /** Puts a raw value into its slot: added for a list, replacing for a single value. */
    @SuppressWarnings("unchecked")
    void store(Object[] slots, Object value) {
        if (value == null) {
            return;
        }
        if (list) {
            Object current = slots[index];
            List<Object> values = current == null ? new ArrayList<>(4) : (List<Object>) current;
            values.add(value);
            slots[index] = values;
        } else {
            slots[index] = value; // a repeated single element keeps the last, as JAXB's setter does
        }
    }

    /**
     * Converts an element's text to its raw value.
     *
     * @param text the element's text
     * @return the value, or null when the element holds none
     * @throws MalformedAnswerException when the text is not of the property's type, as JAXB stops on it
     */
    Object convert(ElementText text) {
        if (text.length() == 0 && defaultValue != null) {
            return convert(defaultValue);
        }
        try {
            return constant(XmlLexical.parse(kind, text.chars(), text.length(), text.repeats()));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw malformed();
        }
    }

    /**
     * Converts a text (an {@code xs:list} item, a default value) to its raw value.
     *
     * @param text the text
     * @return the value, or null when the text holds none
     * @throws MalformedAnswerException when the text is not of the property's type
     */
    Object convert(String text) {
        String value = text.isEmpty() && defaultValue != null ? defaultValue : text;
        try {
            return constant(XmlLexical.parse(kind, value));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw malformed();
        }
    }

    private Object constant(Object lexical) {
        if (kind != ValueKind.ENUM) {
            return lexical;
        }
        String constant = enumConstants.get((String) lexical);
        if (constant == null) {
            throw new IllegalArgumentException("unknown enum value");
        }
        return constant;
    }

    private MalformedAnswerException malformed() {
        // The value itself stays out of the message: it may be personal data.
        return new MalformedAnswerException("the element " + name + " holds a value that cannot be read as "
                + kind.name().toLowerCase(Locale.ROOT));
    }

    /** Converts a raw value as the reference decoder converts a generated field's value. */
    Object finish(Object raw) {
        if (raw instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            return personnummer ? personnummer(text) : text;
        }
        if (raw instanceof ContractDate date) {
            return date.start();
        }
        if (raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (raw instanceof XMLGregorianCalendar calendar) {
            return OffsetDateTime.parse(calendar.toXMLFormat());
        }
        return raw;
    }

    private static Personnummer personnummer(String text) {
        try {
            return Personnummer.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException("the answer holds a personnummer that is not valid: " + e.getMessage());
        }
    }
}
