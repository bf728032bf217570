package se.lefi.client.v9.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Describes one class that openapi-generator made from the version 9 spec, as the streaming
 * decoder needs it: its JSON property names, each with the kind of value and whether it repeats,
 * and what the whole object becomes (a shared value type or plain details).
 *
 * <p>The JSON names come from the generated {@code JSON_PROPERTY_...} constants and the types
 * from the generated fields, so no Jackson annotation is needed at run time. A model is built
 * once per class, on first use, and shared by every thread.
 *
 * <pre>{@code
 * JsonTypeModel svar = JsonTypeModel.of(LefiExternFormansinformationSvar.class);
 * JsonTypeModel.Property p = svar.property("formansinformation");
 * }</pre>
 */
final class JsonTypeModel {

    /**
     * The names under which the SOAP contracts had a date, which version 9's Försäkringskassan part
     * delivers as plain strings; a string property with one of these names is read as a date.
     */
    static final Set<String> DATE_NAMES = Set.of("avled", "dag", "dagar", "datum", "ersattningsdatum", "faststalldes",
            "fattades", "foddes", "fran", "manad", "skadetillfalle", "startades", "till", "uppdaterades");

    private static final ClassValue<JsonTypeModel> MODELS = new ClassValue<>() {
        @Override
        protected JsonTypeModel computeValue(Class<?> type) {
            return new JsonTypeModel(type);
        }
    };

    /** What a value is read as. */
    enum Kind {
        STRING, DATE_STRING, PERSONNUMMER, INTEGER, DECIMAL, BOOLEAN, DATE, DATE_TIME, STRUCTURE
    }

    /** What an object becomes. */
    enum Shape {
        /** A code from {@code id}/{@code kod} and {@code beskrivning}. */
        CODE,
        /** An amount from {@code summa}. */
        AMOUNT,
        /** A period from {@code fran}/{@code till} or {@code from}/{@code tom}. */
        PERIOD,
        /** A fraction from {@code taljare}/{@code namnare}. */
        FRACTION,
        /** Details keyed by the JSON names. */
        DETAILS
    }

    /** The parts a shaped object is made from, by their JSON names. */
    enum Part {
        ID("id"), KOD("kod"), BESKRIVNING("beskrivning"), SUMMA("summa"), FRAN("fran"), FROM("from"), TILL("till"),
        TOM("tom"), TALJARE("taljare"), NAMNARE("namnare");

        private final String json;

        Part(String json) {
            this.json = json;
        }
    }

    /**
     * One property of a class.
     *
     * @param name the JSON name
     * @param index the property's slot
     * @param kind how a value is read
     * @param repeated whether the property is an array
     * @param structureType the generated class of a structure, else null
     */
    record Property(String name, int index, Kind kind, boolean repeated, Class<?> structureType) {

        JsonTypeModel structure() {
            return of(structureType);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

    private final int id = IDS.getAndIncrement();
    private final Shape shape;
    private final Map<String, Property> byName = new HashMap<>();
    private final Property[] properties;
    /** For each part, the index of the property of that name, or -1. */
    private final int[] parts = new int[Part.values().length];

    private JsonTypeModel(Class<?> type) {
        Map<String, String> jsonNames = new HashMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("JSON_PROPERTY_")
                    && f.getType() == String.class) {
                try {
                    String json = (String) f.get(null);
                    jsonNames.put(normalise(f.getName().substring("JSON_PROPERTY_".length())), json);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }
        }
        java.util.List<Property> list = new java.util.ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                continue;
            }
            String json = jsonNames.getOrDefault(normalise(f.getName()), f.getName());
            boolean repeated = Collection.class.isAssignableFrom(f.getType());
            Class<?> valueType = repeated ? elementType(f.getGenericType()) : f.getType();
            Kind kind = kindOf(json, valueType);
            Property p = new Property(json, list.size(), kind, repeated, kind == Kind.STRUCTURE ? valueType : null);
            list.add(p);
            byName.put(json, p);
        }
        this.properties = list.toArray(new Property[0]);
        for (Part part : Part.values()) {
            Property p = byName.get(part.json);
            parts[part.ordinal()] = p == null ? -1 : p.index();
        }
        this.shape = shapeOf(type.getSimpleName(), byName.keySet());
    }

    /**
     * Returns the model of a generated class.
     *
     * @param type a class generated from the spec
     * @return its model, built once
     */
    static JsonTypeModel of(Class<?> type) {
        return MODELS.get(type);
    }

    /** A number of its own, from 0 up, so a reader can keep something per model in an array. */
    int id() {
        return id;
    }

    Shape shape() {
        return shape;
    }

    /**
     * Returns where a part of a shaped object is.
     *
     * @param part the part
     * @return the index of its property, or -1 when the class has none of that name
     */
    int part(Part part) {
        return parts[part.ordinal()];
    }

    Property property(String jsonName) {
        return byName.get(jsonName);
    }

    int size() {
        return properties.length;
    }

    Property[] properties() {
        return properties;
    }

    /** Models every class reachable from this one; a test calls it to prove the whole spec readable. */
    void resolveAll(Set<JsonTypeModel> seen) {
        if (seen.add(this)) {
            for (Property p : properties) {
                if (p.kind == Kind.STRUCTURE) {
                    p.structure().resolveAll(seen);
                }
            }
        }
    }

    private static String normalise(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    private static Kind kindOf(String json, Class<?> type) {
        if (type == String.class || type.isEnum()) {
            // Every enum is open: an unknown value is kept as delivered, so enums are read as text.
            if ("personnummer".equals(json)) {
                return Kind.PERSONNUMMER;
            }
            return DATE_NAMES.contains(json) ? Kind.DATE_STRING : Kind.STRING;
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return Kind.INTEGER;
        }
        if (type == BigDecimal.class || type == Double.class || type == Float.class) {
            return Kind.DECIMAL;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == OffsetDateTime.class) {
            return Kind.DATE_TIME;
        }
        if (type.getPackage() != null && type.getPackage().getName().endsWith(".internal.model")) {
            return Kind.STRUCTURE;
        }
        // Object or a map (free-form): nothing to model, read as text where possible.
        return Kind.STRING;
    }

    private static Shape shapeOf(String simpleName, Set<String> names) {
        return switch (simpleName) {
            case "LefiSifferkod", "LefiBokstavskod" -> Shape.CODE;
            case "LefiBelopp" -> Shape.AMOUNT;
            case "LefiFranTill", "LefiPeriod", "LefiPeriodMedValfrittTom" -> Shape.PERIOD;
            case "LefiOmfattning" -> Shape.FRACTION;
            default -> names.equals(Set.of("kod", "beskrivning")) ? Shape.CODE : Shape.DETAILS;
        };
    }
}
