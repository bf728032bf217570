package se.lefi.client.internal.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lefi.client.internal.formansinformation.SharedValueTypes;
import se.lefi.client.internal.model.DetailsArrays;
import se.lefi.client.model.Details;

/**
 * One generated class as {@link StreamingDetailsReader} reads it: a slot per element property, in
 * the class's property order, found by element name; and what its filled slots become, namely
 * {@link Details} or, for the contract's shared value types, the value {@link SharedValueTypes}
 * builds. Made from the class's {@link JaxbTypeModel} once per class; immutable.
 *
 * <pre>{@code
 * DecodedType type = DecodedType.of(HamtaFormansinformationSvar.class);
 * Object[] slots = new Object[type.slotCount()];
 * ... // the read loop stores each element's value through type.property(name, namespace)
 * Object value = type.value(slots, new SharedValueTypes());
 * }</pre>
 */
final class DecodedType {

    private static final ClassValue<DecodedType> TYPES = new ClassValue<>() {
        @Override
        protected DecodedType computeValue(Class<?> type) {
            return new DecodedType(JaxbTypeModel.of(type));
        }
    };

    private final SharedValueTypes.Type shared;
    private final DecodedProperty[] properties;
    private final Map<String, DecodedProperty> byName = new HashMap<>();
    private final int firstPart;
    private final int secondPart;
    /** Whether two properties share an element name (in different namespaces): then the builder merges them. */
    private final boolean repeatedNames;

    private DecodedType(JaxbTypeModel model) {
        this.shared = SharedValueTypes.Type.of(model.typeName());
        List<DecodedProperty> list = new ArrayList<>();
        for (JaxbProperty p : model.properties()) {
            // Attributes stay out of Details, as in the reference decoder: the contracts' only ones are
            // version stamps, which the envelope reader checks.
            if (!p.attribute()) {
                list.add(new DecodedProperty(p, list.size()));
            }
        }
        this.properties = list.toArray(new DecodedProperty[0]);
        boolean repeated = false;
        for (DecodedProperty p : properties) {
            repeated |= byName.put(p.name, p) != null;
        }
        this.repeatedNames = repeated;
        List<String> parts = shared == null ? List.of() : shared.parts();
        this.firstPart = parts.isEmpty() ? -1 : slot(parts.get(0));
        this.secondPart = parts.size() < 2 ? -1 : slot(parts.get(1));
    }

    /**
     * Returns the decoder's model of a generated class, computed on first use.
     *
     * @param type the generated class
     * @return the model
     * @throws IllegalArgumentException when the class uses a JAXB feature the decoder does not support
     */
    static DecodedType of(Class<?> type) {
        return TYPES.get(type);
    }

    private int slot(String name) {
        DecodedProperty p = byName.get(name);
        return p == null ? -1 : p.index;
    }

    /** Returns how many slots a read of this class needs. */
    int slotCount() {
        return properties.length;
    }

    /**
     * Finds the property of an element.
     *
     * @param localName the element's local name
     * @param namespace its namespace, null or empty when it has none
     * @return the property, or null for an element this class does not know (skipped, as JAXB does)
     */
    DecodedProperty property(String localName, String namespace) {
        DecodedProperty p = byName.get(localName);
        if (p == null) {
            return null;
        }
        String ns = namespace == null ? "" : namespace;
        return p.namespace.equals(ns) ? p : null;
    }

    /** Builds the models of every reachable class, so tests can prove a contract fully supported. */
    void resolveAll(Set<DecodedType> seen) {
        if (seen.add(this)) {
            for (DecodedProperty p : properties) {
                if (p.kind == ValueKind.STRUCTURE) {
                    p.structure().resolveAll(seen);
                }
            }
        }
    }

    /**
     * Converts a structure's slots to its value, as the reference decoder converts the structure.
     *
     * @param slots the filled slots
     * @param values the answer's builder of shared values
     * @return a shared value, details, or null when the structure holds no value
     */
    Object value(Object[] slots, SharedValueTypes values) {
        if (shared == null) {
            return details(slots);
        }
        if (shared == SharedValueTypes.Type.PERIOD) {
            // The raw dates, not their first days: a year-month till stands for its last day.
            ContractDate from = date(slots, firstPart);
            ContractDate to = date(slots, secondPart);
            return values.value(shared, from == null ? null : from.start(), to == null ? null : to.end());
        }
        return values.value(shared, first(slots, firstPart), first(slots, secondPart));
    }

    private static ContractDate date(Object[] slots, int index) {
        return index >= 0 && slots[index] instanceof ContractDate date ? date : null;
    }

    /** Returns the first value of a property as its details would hold it, or null. */
    private Object first(Object[] slots, int index) {
        if (index < 0 || slots[index] == null) {
            return null;
        }
        DecodedProperty p = properties[index];
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

    /**
     * Builds details in the generated class's property order.
     *
     * @param slots the filled slots
     * @return the details, or null when nothing has a value
     */
    Details details(Object[] slots) {
        int filled = 0;
        for (DecodedProperty p : properties) {
            if (slots[p.index] != null) {
                filled++;
            }
        }
        if (filled == 0) {
            return null;
        }
        if (repeatedNames) {
            return detailsThroughBuilder(slots);
        }
        // Names and values straight into arrays of the right size: no builder growing and searching.
        String[] names = new String[filled];
        Object[] values = new Object[filled];
        int n = 0;
        for (DecodedProperty p : properties) {
            Object raw = slots[p.index];
            if (raw == null) {
                continue;
            }
            Object value;
            if (p.list) {
                List<?> list = (List<?>) raw;
                Object[] items = new Object[list.size()];
                int count = 0;
                for (Object item : list) {
                    Object finished = p.finish(item);
                    if (finished != null) {
                        items[count++] = finished;
                    }
                }
                value = count == 0 ? null : count == 1 ? items[0] : DetailsArrays.repeated(items, count);
            } else {
                value = p.finish(raw);
            }
            if (value != null) {
                names[n] = p.name;
                values[n++] = value;
            }
        }
        if (n == 0) {
            return null;
        }
        return n == filled ? DetailsArrays.details(names, values)
                : DetailsArrays.details(Arrays.copyOf(names, n), Arrays.copyOf(values, n));
    }

    /** Collects through the builder, which merges properties that share an element name. */
    private Details detailsThroughBuilder(Object[] slots) {
        Details.Builder builder = Details.builder();
        for (DecodedProperty p : properties) {
            Object raw = slots[p.index];
            if (raw == null) {
                continue;
            }
            if (p.list) {
                for (Object item : (List<?>) raw) {
                    builder.add(p.name, p.finish(item));
                }
            } else {
                builder.add(p.name, p.finish(raw));
            }
        }
        Details details = builder.build();
        return details.isEmpty() ? null : details;
    }

}
