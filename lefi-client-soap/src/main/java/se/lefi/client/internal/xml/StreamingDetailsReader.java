package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.MalformedAnswerException;
import se.lefi.client.internal.xml.ContractDate;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.internal.xml.ContractDateAdapter;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;

/**
 * Reads an element of a contract's generated JAXB type straight from StAX into {@link Details},
 * without building the JAXB object graph first: the same result as unmarshalling with JAXB and
 * then calling the adapter contract suite's {@code JaxbReferenceDecoder}, at a fraction of the time and garbage, and with nothing but
 * the result held in memory while a large answer streams in.
 *
 * <p>The wire format still comes from the contract's XSD alone: what is read, under which
 * element name and namespace, as a list or a single value, of which XML type, is taken once per
 * class from the JAXB annotations xjc generated from the XSD ({@link XmlType#propOrder},
 * {@link XmlElement}, {@link XmlList}, {@link XmlJavaTypeAdapter}, the package's
 * {@link XmlSchema} namespace); nothing here names an element of a contract. The conversions are
 * the reference decoder's: shared value types by schema type name, {@code Datum} through
 * {@link ContractDateAdapter}, {@code personnummer} elements to {@link Personnummer}, empty
 * elements absent, and JAXB's lexical rules for numbers and booleans. As with JAXB, elements the
 * generated classes do not know are skipped, and a value that cannot be converted fails the read.
 *
 * <pre>{@code
 * static final StreamingDetailsReader SVAR = StreamingDetailsReader.forType(HamtaFormansinformationSvar.class);
 * Details svar = SVAR.read(reader);   // reader on the start tag; left on the matching end tag
 * }</pre>
 */
public final class StreamingDetailsReader {

    private static final ClassValue<TypeModel> MODELS = new ClassValue<>() {
        @Override
        protected TypeModel computeValue(Class<?> type) {
            return new TypeModel(type);
        }
    };

    private final TypeModel root;

    private StreamingDetailsReader(TypeModel root) {
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
        return new StreamingDetailsReader(MODELS.get(generatedClass));
    }

    /**
     * Models every class reachable from the root now; a test calls this to prove that the whole
     * contract uses only features this reader supports.
     *
     * @return this reader
     * @throws IllegalArgumentException if some reachable class uses an unsupported feature
     */
    public StreamingDetailsReader resolveAll() {
        root.resolveAll(new java.util.HashSet<>());
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
        Object[] slots = readSlots(reader, root, new Context());
        Details details = slots == null ? null : root.details(slots);
        return details == null ? Details.empty() : details;
    }

    private static Object[] readSlots(XMLStreamReader reader, TypeModel type, Context context)
            throws XMLStreamException {
        Object[] slots = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                Property property = type.property(reader.getLocalName(), reader.getNamespaceURI());
                if (property == null) {
                    SafeXml.skipElement(reader);
                    continue;
                }
                if (slots == null) {
                    slots = new Object[type.properties.length];
                }
                if (property.kind == Kind.STRUCTURE) {
                    property.store(slots, readStructure(reader, property.structure(), context));
                } else if (isNil(reader)) {
                    SafeXml.skipElement(reader);
                } else if (property.xmlList) {
                    context.readText(reader);
                    for (String token : tokens(context.string())) {
                        property.store(slots, property.convert(token));
                    }
                } else {
                    context.readText(reader);
                    property.store(slots, property.convert(context));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return slots;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the answer ends inside an element");
            }
        }
    }

    private static Object readStructure(XMLStreamReader reader, TypeModel type, Context context)
            throws XMLStreamException {
        if (isNil(reader)) {
            SafeXml.skipElement(reader);
            return null;
        }
        Object[] slots = readSlots(reader, type, context);
        return slots == null ? null : type.value(slots, context);
    }

    private static boolean isNil(XMLStreamReader reader) {
        if (reader.getAttributeCount() == 0) {
            return false;
        }
        String nil = reader.getAttributeValue("http://www.w3.org/2001/XMLSchema-instance", "nil");
        return nil != null && ("true".equals(nil.trim()) || "1".equals(nil.trim()));
    }


    private static List<String> tokens(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /**
     * The state of one read: the text of the current element, kept as characters so that numbers
     * and dates are converted without a String in between, and a cache that lets repeated codes
     * share one instance.
     */
    private static final class Context {
        private final Map<String, Code> codes = new HashMap<>();
        private char[] chars = new char[64];
        private int length;

        /** Reads the element's text up to its end tag, through the reader's guarded next(). */
        void readText(XMLStreamReader reader) throws XMLStreamException {
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

        String string() {
            return new String(chars, 0, length);
        }

        int start() {
            int i = 0;
            while (i < length && isSpace(chars[i])) {
                i++;
            }
            return i;
        }

        int end() {
            int i = length;
            while (i > 0 && isSpace(chars[i - 1])) {
                i--;
            }
            return i;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        Code code(String id, String description) {
            Code known = codes.get(id);
            if (known != null && known.description().equals(description)) {
                return known;
            }
            Code code = new Code(id, description);
            codes.put(id, code);
            return code;
        }
    }

    /** How a value is read from its text. */
    private enum Kind {
        STRING, BOOLEAN, INTEGER, LONG, SHORT, BYTE, DECIMAL, BIG_INTEGER, CONTRACT_DATE, DATE_TIME, ENUM, STRUCTURE
    }

    /** What a structure becomes: by the shared schema type names, as in the reference decoder. */
    private enum Shape {
        CODE, AMOUNT, PERIOD, FRACTION, DETAILS;

        static Shape of(String typeName) {
            return switch (typeName) {
                case "Sifferkod", "Bokstavskod" -> CODE;
                case "Belopp" -> AMOUNT;
                case "FranTill" -> PERIOD;
                case "Omfattning" -> FRACTION;
                default -> DETAILS;
            };
        }
    }

    /** One generated class: its element properties in the reference decoder's order, found by element name. */
    private static final class TypeModel {
        private final Class<?> type;
        private final Shape shape;
        private final Property[] properties;
        private final Map<String, Property> byName = new HashMap<>();
        private final int id;
        private final int description;
        private final int sum;
        private final int from;
        private final int to;
        private final int numerator;
        private final int denominator;

        TypeModel(Class<?> type) {
            this.type = type;
            XmlType xmlType = type.getAnnotation(XmlType.class);
            this.shape = Shape.of(xmlType == null ? "" : xmlType.name());
            List<Property> list = new ArrayList<>();
            collect(type, list);
            this.properties = list.toArray(new Property[0]);
            for (Property p : properties) {
                byName.put(p.name, p);
            }
            this.id = index("id");
            this.description = index("beskrivning");
            this.sum = index("summa");
            this.from = index("fran");
            this.to = index("till");
            this.numerator = index("taljare");
            this.denominator = index("namnare");
        }

        private int index(String name) {
            Property p = byName.get(name);
            return p == null ? -1 : p.index;
        }

        private void collect(Class<?> type, List<Property> into) {
            Class<?> superclass = type.getSuperclass();
            if (superclass != null && superclass != Object.class) {
                collect(superclass, into);
            }
            if (type.isAnnotationPresent(XmlTransient.class)) {
                return;
            }
            List<Field> own = new ArrayList<>(Arrays.asList(type.getDeclaredFields()));
            XmlType xmlType = type.getAnnotation(XmlType.class);
            List<String> order = xmlType == null ? List.of() : Arrays.asList(xmlType.propOrder());
            own.sort(Comparator.comparingInt(f -> {
                int i = order.indexOf(f.getName());
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
            String packageNamespace = namespaceOf(type);
            for (Field field : own) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || field.isSynthetic() || field.isAnnotationPresent(XmlAttribute.class)
                        || field.isAnnotationPresent(XmlTransient.class)) {
                    continue;
                }
                into.add(new Property(field, into.size(), packageNamespace));
            }
        }

        private static String namespaceOf(Class<?> type) {
            XmlSchema schema = type.getPackage().getAnnotation(XmlSchema.class);
            boolean qualified = schema != null
                    && schema.elementFormDefault() == jakarta.xml.bind.annotation.XmlNsForm.QUALIFIED;
            return qualified ? schema.namespace() : "";
        }

        /** Builds the models of every reachable class, so tests can prove a contract fully supported. */
        void resolveAll(java.util.Set<TypeModel> seen) {
            if (seen.add(this)) {
                for (Property p : properties) {
                    if (p.kind == Kind.STRUCTURE) {
                        p.structure().resolveAll(seen);
                    }
                }
            }
        }

        Property property(String localName, String namespace) {
            Property p = byName.get(localName);
            if (p == null) {
                return null;
            }
            String ns = namespace == null ? "" : namespace;
            return p.namespace.equals(ns) ? p : null;
        }

        /** Converts a structure's slots as the reference decoder converts the structure. */
        Object value(Object[] slots, Context context) {
            switch (shape) {
                case CODE -> {
                    String code = text(slots, id);
                    if (code == null) {
                        return null;
                    }
                    String text = text(slots, description);
                    return context.code(code, text == null ? "" : text);
                }
                case AMOUNT -> {
                    Object value = first(slots, sum);
                    return value instanceof Integer i ? BigDecimal.valueOf(i) : value instanceof BigDecimal d ? d : null;
                }
                case PERIOD -> {
                    ContractDate start = from < 0 ? null : (ContractDate) slots[from];
                    ContractDate end = to < 0 ? null : (ContractDate) slots[to];
                    if (start == null && end == null) {
                        return null;
                    }
                    return new DatePeriod(Optional.ofNullable(start).map(ContractDate::start),
                            Optional.ofNullable(end).map(ContractDate::end));
                }
                case FRACTION -> {
                    int n = first(slots, numerator) instanceof Integer i ? i : 0;
                    int d = first(slots, denominator) instanceof Integer i ? i : 0;
                    return n == 0 && d == 0 ? null : new Fraction(n, d);
                }
                default -> {
                    return details(slots);
                }
            }
        }

        private String text(Object[] slots, int index) {
            Object value = first(slots, index);
            return value == null ? null : value instanceof Code c ? c.id() : value.toString();
        }

        /** Returns the first value of a property as its details would hold it, or null. */
        private Object first(Object[] slots, int index) {
            if (index < 0 || slots[index] == null) {
                return null;
            }
            Property p = properties[index];
            if (p.list) {
                for (Object item : (List<?>) slots[index]) {
                    Object value = p.finish(item);
                    if (value != null) {
                        return value;
                    }
                }
                return null;
            }
            return p.finish(slots[index]);
        }

        /** Builds details in the generated class's property order; null when nothing has a value. */
        Details details(Object[] slots) {
            Details.Builder builder = null;
            for (Property p : properties) {
                Object raw = slots[p.index];
                if (raw == null) {
                    continue;
                }
                if (builder == null) {
                    builder = Details.builder();
                }
                if (p.list) {
                    for (Object item : (List<?>) raw) {
                        builder.add(p.name, p.finish(item));
                    }
                } else {
                    builder.add(p.name, p.finish(raw));
                }
            }
            if (builder == null) {
                return null;
            }
            Details details = builder.build();
            return details.isEmpty() ? null : details;
        }
    }

    /** One element property of a generated class. */
    private static final class Property {
        private static final ContractDateAdapter DATES = new ContractDateAdapter();

        final String name;
        final String namespace;
        final int index;
        final boolean list;
        final boolean xmlList;
        final Kind kind;
        final String defaultValue;
        final boolean personnummer;
        final Map<String, String> enumNames;
        private final Class<?> valueType;
        private TypeModel structure;

        Property(Field field, int index, String packageNamespace) {
            XmlElement element = field.getAnnotation(XmlElement.class);
            this.name = element != null && !"##default".equals(element.name()) ? element.name() : field.getName();
            this.namespace = element != null && !"##default".equals(element.namespace()) ? element.namespace()
                    : packageNamespace;
            this.index = index;
            this.list = List.class.isAssignableFrom(field.getType());
            this.xmlList = field.isAnnotationPresent(XmlList.class);
            this.defaultValue = element != null && !"\u0000".equals(element.defaultValue()) ? element.defaultValue()
                    : null;
            this.personnummer = "personnummer".equals(name);
            Class<?> valueType = list ? elementType(field) : field.getType();
            XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
            if (adapter != null && adapter.value() != ContractDateAdapter.class) {
                throw new IllegalArgumentException("unsupported adapter " + adapter.value().getName() + " on "
                        + field);
            }
            this.kind = kind(valueType, field);
            this.enumNames = kind == Kind.ENUM ? enumNames(valueType) : Map.of();
            this.valueType = valueType;
        }

        /** Returns the model of a structure property, found lazily since types may refer to each other. */
        TypeModel structure() {
            TypeModel model = structure;
            if (model == null) {
                model = MODELS.get(valueType); // TypeModel is immutable: a racing second lookup is harmless
                structure = model;
            }
            return model;
        }

        private static Class<?> elementType(Field field) {
            Type generic = field.getGenericType();
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                return c;
            }
            throw new IllegalArgumentException("unsupported list type on " + field);
        }

        private static Kind kind(Class<?> type, Field field) {
            if (type == String.class) {
                return Kind.STRING;
            }
            if (type == ContractDate.class) {
                return Kind.CONTRACT_DATE;
            }
            if (type == Boolean.class || type == boolean.class) {
                return Kind.BOOLEAN;
            }
            if (type == Integer.class || type == int.class) {
                return Kind.INTEGER;
            }
            if (type == Long.class || type == long.class) {
                return Kind.LONG;
            }
            if (type == Short.class || type == short.class) {
                return Kind.SHORT;
            }
            if (type == Byte.class || type == byte.class) {
                return Kind.BYTE;
            }
            if (type == BigDecimal.class) {
                return Kind.DECIMAL;
            }
            if (type == BigInteger.class) {
                return Kind.BIG_INTEGER;
            }
            if (type == XMLGregorianCalendar.class) {
                return Kind.DATE_TIME;
            }
            if (type.isEnum()) {
                return Kind.ENUM;
            }
            if (type.isAnnotationPresent(XmlType.class) && !type.isInterface()) {
                return Kind.STRUCTURE;
            }
            throw new IllegalArgumentException("unsupported property type " + type.getName() + " on " + field);
        }

        private static Map<String, String> enumNames(Class<?> type) {
            Map<String, String> names = new HashMap<>();
            for (Field constant : type.getFields()) {
                if (constant.isEnumConstant()) {
                    XmlEnumValue value = constant.getAnnotation(XmlEnumValue.class);
                    names.put(value == null ? constant.getName() : value.value(), constant.getName());
                }
            }
            return Map.copyOf(names);
        }

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

        /** Converts the element text held by the context; numbers, dates and booleans without a String. */
        Object convert(Context context) {
            if (context.length == 0 && defaultValue != null) {
                return convert(defaultValue);
            }
            char[] c = context.chars;
            int start = context.start();
            int end = context.end();
            int n = end - start;
            try {
                switch (kind) {
                    case CONTRACT_DATE -> {
                        if (n == 0) {
                            return null;
                        }
                        if (n == 10 && c[start + 4] == '-' && c[start + 7] == '-') {
                            int year = digits(c, start, start + 4);
                            int month = digits(c, start + 5, start + 7);
                            int day = digits(c, start + 8, start + 10);
                            if (year >= 0 && month >= 0 && day >= 0) {
                                java.time.LocalDate date = java.time.LocalDate.of(year, month, day);
                                return new ContractDate(date, date);
                            }
                        }
                    }
                    case INTEGER -> {
                        int sign = n > 0 && (c[start] == '-' || c[start] == '+') ? 1 : 0;
                        if (n - sign > 0 && n - sign <= 9) {
                            int value = digits(c, start + sign, end);
                            if (value >= 0) {
                                return sign == 1 && c[start] == '-' ? -value : value;
                            }
                        }
                    }
                    case DECIMAL -> {
                        return n == 0 ? null : new BigDecimal(c, start, n);
                    }
                    case BOOLEAN -> {
                        return bool(c, start, n);
                    }
                    default -> {
                        // Strings and the rarer types go through their String form.
                    }
                }
            } catch (java.time.DateTimeException | NumberFormatException e) {
                throw new MalformedAnswerException("the element " + name + " holds a value that cannot be read as "
                        + kind.name().toLowerCase(java.util.Locale.ROOT));
            }
            return convert(context.string());
        }

        /** Returns the decimal value of ASCII digits, or -1 if any character is not a digit. */
        private static int digits(char[] c, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char d = c[i];
                if (d < '0' || d > '9') {
                    return -1;
                }
                value = value * 10 + (d - '0');
            }
            return value;
        }

        private static Boolean bool(char[] c, int start, int n) {
            if (n == 1) {
                return c[start] == '1' ? Boolean.TRUE : c[start] == '0' ? Boolean.FALSE : null;
            }
            if (n == 4 && c[start] == 't' && c[start + 1] == 'r' && c[start + 2] == 'u' && c[start + 3] == 'e') {
                return Boolean.TRUE;
            }
            if (n == 5 && c[start] == 'f' && c[start + 1] == 'a' && c[start + 2] == 'l' && c[start + 3] == 's'
                    && c[start + 4] == 'e') {
                return Boolean.FALSE;
            }
            return null;
        }

        /** Converts an element's text with JAXB's lexical rules; null for an absent value. */
        Object convert(String text) {
            if (text.isEmpty() && defaultValue != null) {
                text = defaultValue;
            }
            try {
                return switch (kind) {
                    case STRING -> text;
                    case CONTRACT_DATE -> DATES.unmarshal(text);
                    case BOOLEAN -> bool(text);
                    case INTEGER -> Integer.parseInt(trimPlus(text));
                    case LONG -> Long.parseLong(trimPlus(text));
                    case SHORT -> Short.parseShort(trimPlus(text));
                    case BYTE -> Byte.parseByte(trimPlus(text));
                    case DECIMAL -> decimal(text);
                    case BIG_INTEGER -> text.isBlank() ? null : new BigInteger(trimPlus(text));
                    case DATE_TIME -> text.isBlank() ? null : Calendars.FACTORY.newXMLGregorianCalendar(text.trim());
                    case ENUM -> enumName(text);
                    case STRUCTURE -> throw new IllegalStateException("a structure has no text");
                };
            } catch (IllegalArgumentException e) {
                // NumberFormatException included: JAXB stops on a value it cannot convert, and so do we.
                throw new MalformedAnswerException("the element " + name + " holds a value that cannot be read as "
                        + kind.name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        private String enumName(String text) {
            String constant = enumNames.get(text.trim());
            if (constant == null) {
                throw new IllegalArgumentException("unknown enum value");
            }
            return constant;
        }

        /** Converts a stored value as the reference decoder converts a generated field's value. */
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
                throw new MalformedAnswerException("the answer holds a personnummer that is not valid: "
                        + e.getMessage());
            }
        }

        private static String trimPlus(String text) {
            String t = text.trim();
            return t.startsWith("+") ? t.substring(1) : t;
        }

        private static BigDecimal decimal(String text) {
            String t = text.trim();
            return t.isEmpty() ? null : new BigDecimal(t);
        }

        private static Boolean bool(String text) {
            // JAXB's lexical space of xs:boolean; it yields no value for anything else.
            return switch (text.trim()) {
                case "true", "1" -> Boolean.TRUE;
                case "false", "0" -> Boolean.FALSE;
                default -> null;
            };
        }
    }

    /** Holds the datatype factory, made only if a contract has dateTime values at all. */
    private static final class Calendars {
        static final DatatypeFactory FACTORY = create();

        private static DatatypeFactory create() {
            try {
                return DatatypeFactory.newInstance();
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException("no XML datatype factory", e);
            }
        }
    }
}
