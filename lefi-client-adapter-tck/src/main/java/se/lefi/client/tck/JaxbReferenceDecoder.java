package se.lefi.client.tck;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.Personnummer;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;
import se.lefi.client.internal.formansinformation.MalformedAnswerException;
import se.lefi.client.internal.xml.ContractDate;

/**
 * Decodes the slow, obvious way, as the reference the SDK's streaming decoder is tested against:
 * unmarshals with plain JAXB, then turns the generated object into version-neutral {@link Details},
 * element by element, so that nothing the service delivers is dropped and no generated class
 * leaves its adapter.
 *
 * <p>The contract's shared value types are converted by their schema type name, which every
 * version keeps: {@code Sifferkod} and {@code Bokstavskod} to {@link Code}, {@code Belopp} to an
 * amount, {@code FranTill} to {@link DatePeriod}, {@code Omfattning} to {@link Fraction}; empty
 * elements of those types are absent. {@code Datum} arrives as {@link ContractDate} through the
 * adapter modules' bindings. Elements named {@code personnummer} become {@link Personnummer}.
 * Field lists are computed once per class.
 */
public final class JaxbReferenceDecoder {

    private static final ClassValue<List<ElementField>> FIELDS = new ClassValue<>() {
        @Override
        protected List<ElementField> computeValue(Class<?> type) {
            return elementFields(type);
        }
    };

    private JaxbReferenceDecoder() {
    }

    private static final ClassValue<JAXBContext> CONTEXTS = new ClassValue<>() {
        @Override
        protected JAXBContext computeValue(Class<?> objectFactory) {
            try {
                return JAXBContext.newInstance(objectFactory);
            } catch (JAXBException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /**
     * Unmarshals the element the reader is on with plain JAXB, tolerating unknown elements and
     * failing on values that cannot be converted, as the SDK does.
     *
     * @param objectFactory the generated package's ObjectFactory
     * @param reader positioned on the element's start tag
     * @param type the generated class
     * @param <T> the type
     * @return the generated object
     * @throws JAXBException when the content cannot be converted
     */
    public static <T> T unmarshal(Class<?> objectFactory, XMLStreamReader reader, Class<T> type) throws JAXBException {
        Unmarshaller unmarshaller = CONTEXTS.get(objectFactory).createUnmarshaller();
        unmarshaller.setEventHandler(event -> event.getSeverity() == ValidationEvent.WARNING
                || (event.getSeverity() == ValidationEvent.ERROR && event.getLinkedException() == null));
        return unmarshaller.unmarshal(reader, type).getValue();
    }

    /**
     * Converts a generated object to details.
     *
     * @param jaxbObject an instance of a generated class, or null
     * @return its details; empty for null
     */
    public static Details of(Object jaxbObject) {
        if (jaxbObject == null) {
            return Details.empty();
        }
        Details.Builder builder = Details.builder();
        for (ElementField field : FIELDS.get(jaxbObject.getClass())) {
            Object raw = field.get(jaxbObject);
            if (raw instanceof Collection<?> list) {
                for (Object item : list) {
                    builder.add(field.name, convert(field.name, item));
                }
            } else {
                builder.add(field.name, convert(field.name, raw));
            }
        }
        return builder.build();
    }

    private static Object convert(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JAXBElement<?> element) {
            return element.isNil() ? null : convert(name, element.getValue());
        }
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            return "personnummer".equals(name) ? personnummer(text) : text;
        }
        if (value instanceof ContractDate date) {
            return date.start();
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof XMLGregorianCalendar calendar) {
            return OffsetDateTime.parse(calendar.toXMLFormat());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return convertStructure(value);
    }

    private static Object convertStructure(Object value) {
        XmlType type = value.getClass().getAnnotation(XmlType.class);
        String typeName = type == null ? "" : type.name();
        Details details = of(value);
        switch (typeName) {
            case "Sifferkod", "Bokstavskod" -> {
                return details.text("id").map(id -> new Code(id, details.text("beskrivning").orElse(""))).orElse(null);
            }
            case "Belopp" -> {
                return details.amount("summa").orElse(null);
            }
            case "FranTill" -> {
                return fromTo(value);
            }
            case "Omfattning" -> {
                int numerator = details.integer("taljare").orElse(0);
                int denominator = details.integer("namnare").orElse(0);
                return numerator == 0 && denominator == 0 ? null : new Fraction(numerator, denominator);
            }
            default -> {
                return details.isEmpty() ? null : details;
            }
        }
    }

    private static DatePeriod fromTo(Object value) {
        // Read the raw dates: a year-month start means its first day, a year-month end its last.
        ContractDate from = null;
        ContractDate to = null;
        for (ElementField field : FIELDS.get(value.getClass())) {
            Object raw = field.get(value);
            if (raw instanceof ContractDate date) {
                if ("fran".equals(field.name)) {
                    from = date;
                } else if ("till".equals(field.name)) {
                    to = date;
                }
            }
        }
        if (from == null && to == null) {
            return null;
        }
        return new DatePeriod(java.util.Optional.ofNullable(from).map(ContractDate::start),
                java.util.Optional.ofNullable(to).map(ContractDate::end));
    }

    private static Personnummer personnummer(String text) {
        try {
            return Personnummer.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException("the answer holds a personnummer that is not valid: " + e.getMessage());
        }
    }

    private static List<ElementField> elementFields(Class<?> type) {
        List<ElementField> result = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && superclass != Object.class) {
            result.addAll(FIELDS.get(superclass));
        }
        List<Field> own = new ArrayList<>(Arrays.asList(type.getDeclaredFields()));
        XmlType xmlType = type.getAnnotation(XmlType.class);
        List<String> order = xmlType == null ? List.of() : Arrays.asList(xmlType.propOrder());
        own.sort(Comparator.comparingInt(f -> {
            int i = order.indexOf(f.getName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        for (Field field : own) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || field.isSynthetic() || field.isAnnotationPresent(XmlAttribute.class)
                    || field.isAnnotationPresent(XmlTransient.class)) {
                continue;
            }
            XmlElement element = field.getAnnotation(XmlElement.class);
            String name = element != null && !"##default".equals(element.name()) ? element.name() : field.getName();
            field.setAccessible(true);
            result.add(new ElementField(name, field));
        }
        return List.copyOf(result);
    }

    private record ElementField(String name, Field field) {
        Object get(Object target) {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("generated field not readable: " + name, e);
            }
        }
    }
}
