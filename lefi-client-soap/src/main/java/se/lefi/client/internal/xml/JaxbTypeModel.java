package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds what the JAXB annotations of one generated class say about its XML form: its schema type
 * name and its properties in document order. The one place the SDK reads those annotations;
 * {@link GeneratedClassWriter} writes requests from it and {@link DecodedType} reads answers
 * from it, so a request and an answer can never disagree on what a class looks like on the wire.
 *
 * <p>The build writes the same facts for each adapter's generated package into a table
 * ({@link TypeModelTable}), which is read instead of the annotations when present; a class the
 * table does not list is read from its annotations, as before.
 *
 * <p>It records facts, and judges nothing: each user decides what it supports (the writer falls
 * back to JAXB, the decoder refuses the contract when its adapter is built). A model is computed
 * once per class and is immutable.
 *
 * <pre>{@code
 * JaxbTypeModel model = JaxbTypeModel.of(Belopp.class);
 * model.typeName();                       // "Belopp"
 * model.properties().get(0).name();       // "summa": superclass first, then propOrder
 * }</pre>
 */
final class JaxbTypeModel {

    private static final ClassValue<JaxbTypeModel> MODELS = new ClassValue<>() {
        @Override
        protected JaxbTypeModel computeValue(Class<?> type) {
            // The build's table first: parsing the annotations of a contract costs a fresh JVM tens of ms.
            JaxbTypeModel fromTable = TypeModelTable.model(type);
            return fromTable != null ? fromTable : new JaxbTypeModel(type);
        }
    };

    private static final ClassValue<Map<String, String>> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> fromTable = TypeModelTable.enumConstants(type);
            return fromTable != null ? fromTable : reflectiveEnumConstants(type);
        }
    };

    private static final ClassValue<Map<String, String>> ENUM_LEXICALS = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> lexicals = new HashMap<>();
            ENUM_CONSTANTS.get(type).forEach((lexical, constant) -> lexicals.put(constant, lexical));
            return Map.copyOf(lexicals);
        }
    };

    private final String typeName;
    private final boolean annotated;
    private final List<JaxbProperty> properties;

    private JaxbTypeModel(Class<?> type) {
        XmlType xmlType = type.getAnnotation(XmlType.class);
        this.typeName = xmlType == null ? "" : xmlType.name();
        List<JaxbProperty> all = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        boolean superAnnotated = true;
        if (superclass != null && superclass != Object.class) {
            JaxbTypeModel parent = of(superclass);
            all.addAll(parent.properties);
            superAnnotated = parent.annotated;
        }
        this.annotated = xmlType != null && superAnnotated;
        all.addAll(ownProperties(type, xmlType));
        this.properties = List.copyOf(all);
    }

    private JaxbTypeModel(String typeName, boolean annotated, List<JaxbProperty> properties) {
        this.typeName = typeName;
        this.annotated = annotated;
        this.properties = List.copyOf(properties);
    }

    /**
     * Makes a model from a class's own parts as the build's table lists them, with its superclass's
     * properties first, exactly as the reflective model orders them.
     *
     * @param type the class
     * @param xmlType whether it carries {@link XmlType}
     * @param typeName its {@link XmlType#name()}, empty without one
     * @param own its own properties in order
     * @return the model
     */
    static JaxbTypeModel fromParts(Class<?> type, boolean xmlType, String typeName, List<JaxbProperty> own) {
        List<JaxbProperty> all = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        boolean superAnnotated = true;
        if (superclass != null && superclass != Object.class) {
            JaxbTypeModel parent = of(superclass);
            all.addAll(parent.properties);
            superAnnotated = parent.annotated;
        }
        all.addAll(own);
        return new JaxbTypeModel(typeName, xmlType && superAnnotated, all);
    }

    /**
     * Reads a class's model from its annotations alone, never from the build's table, and without
     * caching: what the table is checked against.
     *
     * @param type a class
     * @return its reflective model (superclasses still come from {@link #of})
     */
    static JaxbTypeModel reflective(Class<?> type) {
        return new JaxbTypeModel(type);
    }

    /**
     * Reads an enum's constants from its annotations alone, never from the build's table.
     *
     * @param type an enum
     * @return constant names keyed by lexical value
     */
    static Map<String, String> reflectiveEnumConstants(Class<?> type) {
        Map<String, String> constants = new HashMap<>();
        for (Field constant : type.getFields()) {
            if (constant.isEnumConstant()) {
                constants.put(lexical(constant), constant.getName());
            }
        }
        return Map.copyOf(constants);
    }

    /**
     * Returns the model of a class, computed on first use.
     *
     * @param type a generated class (or any class: what is not annotated is simply not in the model)
     * @return the model
     */
    static JaxbTypeModel of(Class<?> type) {
        return MODELS.get(type);
    }

    /**
     * Tells whether a class was generated from a schema type, i.e. is a structure on the wire.
     *
     * @param type a property's value type
     * @return true when it carries {@link XmlType}
     */
    static boolean isGenerated(Class<?> type) {
        Boolean fromTable = TypeModelTable.xmlType(type);
        return fromTable != null ? fromTable : type.isAnnotationPresent(XmlType.class);
    }

    /**
     * Returns an enum's constants by their lexical value ({@link XmlEnumValue}, else the name).
     *
     * @param enumType a generated enum
     * @return constant names keyed by the text that stands for them in XML
     */
    static Map<String, String> enumConstants(Class<?> enumType) {
        return ENUM_CONSTANTS.get(enumType);
    }

    /**
     * Returns the lexical value of an enum constant, as JAXB writes it.
     *
     * @param constant the constant
     * @return its {@link XmlEnumValue}, else its name
     */
    static String lexical(Enum<?> constant) {
        String fromModel = ENUM_LEXICALS.get(constant.getDeclaringClass()).get(constant.name());
        if (fromModel != null) {
            return fromModel;
        }
        try {
            return lexical(constant.getDeclaringClass().getField(constant.name()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant.name(), e);
        }
    }

    private static String lexical(Field constant) {
        XmlEnumValue value = constant.getAnnotation(XmlEnumValue.class);
        return value == null ? constant.getName() : value.value();
    }

    /** Returns the schema type name ({@link XmlType#name()}); empty for anonymous types and unannotated classes. */
    String typeName() {
        return typeName;
    }

    /** Tells whether this class and each of its superclasses carry {@link XmlType}. */
    boolean annotated() {
        return annotated;
    }

    /** Returns the properties, superclass first and each class's in {@link XmlType#propOrder()}, attributes included. */
    List<JaxbProperty> properties() {
        return properties;
    }

    /**
     * Reads the properties a class declares itself, in document order, from its annotations.
     *
     * @param type a class
     * @return its own properties, attributes last
     */
    static List<JaxbProperty> ownProperties(Class<?> type) {
        return ownProperties(type, type.getAnnotation(XmlType.class));
    }

    private static List<JaxbProperty> ownProperties(Class<?> type, XmlType xmlType) {
        List<Field> own = new ArrayList<>(Arrays.asList(type.getDeclaredFields()));
        List<String> order = xmlType == null ? List.of() : Arrays.asList(xmlType.propOrder());
        // A stable sort: fields propOrder does not name (attributes) keep their declared order, last.
        own.sort(Comparator.comparingInt(f -> {
            int i = order.indexOf(f.getName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        String namespace = elementNamespace(type);
        List<JaxbProperty> result = new ArrayList<>(own.size());
        for (Field field : own) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                    || field.isAnnotationPresent(XmlTransient.class)) {
                continue;
            }
            result.add(JaxbProperty.of(field, namespace));
        }
        return result;
    }

    /** The namespace of a class's elements: its package's, if the schema qualifies local elements. */
    private static String elementNamespace(Class<?> type) {
        XmlSchema schema = type.getPackage().getAnnotation(XmlSchema.class);
        return schema != null && schema.elementFormDefault() == XmlNsForm.QUALIFIED ? schema.namespace() : "";
    }
}
