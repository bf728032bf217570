package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Describes one field of a generated class as its JAXB annotations map it: element or attribute,
 * name and namespace, one value or many, and how the value is typed and adapted. Part of
 * {@link JaxbTypeModel}, which makes these.
 *
 * <pre>{@code
 * for (JaxbProperty p : JaxbTypeModel.of(type).properties()) {
 *     if (!p.attribute() && p.list()) { ... }   // a repeated element
 * }
 * }</pre>
 *
 * @param field the generated field
 * @param name the element's or attribute's local name ({@code ##default}: the field's name)
 * @param namespace the element's namespace (the package's when the schema qualifies elements);
 *     an attribute's, empty when unqualified
 * @param attribute true for an {@link XmlAttribute}
 * @param nillable true when the element may be written as {@code xsi:nil}
 * @param list true when the field is a {@link List}: one element per value
 * @param xmlList true for an {@link XmlList}: the values space-separated in one element
 * @param valueType the value's class, for a list its items' ({@code Object} when not a plain class)
 * @param adapter the {@link XmlJavaTypeAdapter}'s class, or null
 * @param defaultValue the {@link XmlElement#defaultValue()} an empty element stands for, or null
 */
record JaxbProperty(Field field, String name, String namespace, boolean attribute, boolean nillable, boolean list,
        boolean xmlList, Class<?> valueType, Class<? extends XmlAdapter<?, ?>> adapter, String defaultValue) {

    private static final String DEFAULT = "##default";
    private static final String NO_DEFAULT_VALUE = "\u0000";

    /**
     * Reads a field's annotations.
     *
     * @param field a field of a generated class
     * @param elementNamespace the namespace of the class's elements
     * @return the property
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static JaxbProperty of(Field field, String elementNamespace) {
        XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
        XmlElement element = field.getAnnotation(XmlElement.class);
        String name;
        String namespace;
        if (attribute != null) {
            name = DEFAULT.equals(attribute.name()) ? field.getName() : attribute.name();
            namespace = DEFAULT.equals(attribute.namespace()) ? "" : attribute.namespace();
        } else {
            name = element != null && !DEFAULT.equals(element.name()) ? element.name() : field.getName();
            namespace = element != null && !DEFAULT.equals(element.namespace()) ? element.namespace()
                    : elementNamespace;
        }
        boolean list = List.class.isAssignableFrom(field.getType());
        XmlJavaTypeAdapter adapted = field.getAnnotation(XmlJavaTypeAdapter.class);
        return new JaxbProperty(field, name, namespace, attribute != null, element != null && element.nillable(), list,
                field.isAnnotationPresent(XmlList.class), list ? itemType(field) : field.getType(),
                adapted == null ? null : (Class) adapted.value(),
                element != null && !NO_DEFAULT_VALUE.equals(element.defaultValue()) ? element.defaultValue() : null);
    }

    private static Class<?> itemType(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
