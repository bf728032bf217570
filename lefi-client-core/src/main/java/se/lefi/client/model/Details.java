package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.model.DetailsArrays;

/**
 * Holds everything the service delivered for one item (a case, a decision, a day, a person, ...),
 * by the contract's element names, with typed accessors, so nothing the service sends is dropped
 * and no generated class is ever needed.
 *
 * <p>Values are already converted to the domain's types: dates to {@link LocalDate} (all three
 * date forms of the contract), periods to {@link DatePeriod}, codes to {@link Code}, amounts to
 * {@link BigDecimal}, extents to {@link Fraction}, nested structures to {@code Details}. Empty
 * elements are absent. The names are those of the contract, which all versions share.
 *
 * <p>Details are raw wire data of the version that delivered them ({@link BenefitInformation#version()}):
 * they are outside the SDK's compatibility promise, since a later contract version may name, nest or
 * drop an element. What users commonly need has a typed accessor on the model records (for example
 * {@link InformationEntry#premiepensionAmount()}, {@link BenefitCase#steplessSettlement()},
 * {@link BenefitCase#claimedDays()}); read {@code Details} only for the rest.
 *
 * <pre>{@code
 * Details sa = benefitCase.details();
 * Optional<Details> basics = sa.child("grunduppgifter");
 * List<Details> workplaces = person.details().children("arbetsstallen");
 * }</pre>
 */
public final class Details {

    private static final Details EMPTY = new Details(new String[0], new Object[0], 0);

    static {
        DetailsArrays.install(new ArrayMaker());
    }

    // A decode builds one Details per element of an answer and the result keeps most of them, so
    // they are two parallel arrays rather than a map: names in delivered order, and for each name
    // its value bare or, when it has several, a Many. A few dozen names at most are scanned.
    private final String[] names;
    private final Object[] values;
    private final int size;

    private Details(String[] names, Object[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** Returns details without any value. */
    public static Details empty() {
        return EMPTY;
    }

    /** Returns a builder; the SDK's adapters and the test kit use it. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the names that have a value, in the order the service delivered them. */
    public Set<String> names() {
        return new Names();
    }

    /** Tells whether there is no value at all. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Tells whether the name has a value. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * Returns every value of the name, as delivered: String, Boolean, Integer, BigDecimal,
     * LocalDate, OffsetDateTime, DatePeriod, Code, Fraction, Personnummer or Details.
     *
     * @param name a contract element name
     * @return the values, empty when there is none
     */
    public List<Object> values(String name) {
        int i = indexOf(name);
        return i < 0 ? List.of() : list(values[i]);
    }

    /** Returns the text value of the name (a code's id for a code). */
    public Optional<String> text(String name) {
        Object v = firstOrNull(name);
        return v == null ? Optional.empty() : Optional.of(v instanceof Code c ? c.id() : v.toString());
    }

    /** Returns every text value of the name (such as the lines of an address). */
    public List<String> texts(String name) {
        return all(name, v -> v instanceof String s ? s : null);
    }

    /** Returns the boolean value of the name. */
    public Optional<Boolean> flag(String name) {
        return typed(name, Boolean.class);
    }

    /** Returns the whole-number value of the name. */
    public OptionalInt integer(String name) {
        return firstOrNull(name) instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
    }

    /** Returns the amount (in kronor) or decimal value of the name. */
    public Optional<BigDecimal> amount(String name) {
        Object v = firstOrNull(name);
        return Optional.ofNullable(v instanceof BigDecimal d ? d : v instanceof Integer i ? BigDecimal.valueOf(i) : null);
    }

    /** Returns the date value of the name. */
    public Optional<LocalDate> date(String name) {
        return typed(name, LocalDate.class);
    }

    /** Returns every date value of the name (such as a list of paid days). */
    public List<LocalDate> dates(String name) {
        return all(name, v -> v instanceof LocalDate d ? d : null);
    }

    /** Returns the date-time value of the name. */
    public Optional<OffsetDateTime> dateTime(String name) {
        return typed(name, OffsetDateTime.class);
    }

    /** Returns the period value of the name. */
    public Optional<DatePeriod> period(String name) {
        return typed(name, DatePeriod.class);
    }

    /**
     * Returns the code value of the name; a plain-text value (as the service sends for some
     * sjukpenning fields) comes as a code with that id and no description.
     */
    public Optional<Code> code(String name) {
        return Optional.ofNullable(asCode(firstOrNull(name)));
    }

    /** Returns every code value of the name. */
    public List<Code> codes(String name) {
        return all(name, Details::asCode);
    }

    /** Returns the extent, level or share value of the name. */
    public Optional<Fraction> fraction(String name) {
        return typed(name, Fraction.class);
    }

    /** Returns the personnummer value of the name. */
    public Optional<Personnummer> personnummer(String name) {
        return typed(name, Personnummer.class);
    }

    /** Returns the nested structure of the name. */
    public Optional<Details> child(String name) {
        return typed(name, Details.class);
    }

    /** Returns every nested structure of the name, in delivered order. */
    public List<Details> children(String name) {
        return all(name, v -> v instanceof Details d ? d : null);
    }

    private static Code asCode(Object v) {
        if (v instanceof Code c) {
            return c;
        }
        if (v instanceof String s) {
            return Code.of(s);
        }
        return null;
    }

    private Object firstOrNull(String name) {
        int i = indexOf(name);
        return i < 0 ? null : firstOf(values[i]);
    }

    private <T> Optional<T> typed(String name, Class<T> type) {
        int i = indexOf(name);
        if (i < 0) {
            return Optional.empty();
        }
        Object v = firstOf(values[i]);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    private <T> List<T> all(String name, Function<Object, T> conversion) {
        int i = indexOf(name);
        if (i < 0) {
            return List.of();
        }
        Object value = values[i];
        if (!(value instanceof Many many)) {
            T t = conversion.apply(value);
            return t == null ? Collections.emptyList() : Collections.singletonList(t);
        }
        // Where every value already is of the asked type (children, dates), the values' own
        // unmodifiable list serves as it is: no copy per call.
        for (int k = 0; k < many.count; k++) {
            if (conversion.apply(many.items[k]) != many.items[k]) {
                return converted(many, conversion);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> same = (List<T>) (List<?>) many;
        return same;
    }

    private static <T> List<T> converted(Many many, Function<Object, T> conversion) {
        List<T> result = new ArrayList<>(many.count);
        for (int k = 0; k < many.count; k++) {
            T t = conversion.apply(many.items[k]);
            if (t != null) {
                result.add(t);
            }
        }
        return Collections.unmodifiableList(result);
    }

    private int indexOf(String name) {
        return indexOf(names, size, name);
    }

    /**
     * Finds a name. The names of a decode and of the SDK's lookups are the same interned
     * constants, so identity finds nearly every hit; a String caches its hash, so a miss costs a
     * field comparison, not an equals, and equals runs only where the hashes agree.
     */
    private static int indexOf(String[] names, int size, String name) {
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            String n = names[i];
            if (n == name || n.hashCode() == hash && n.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Object firstOf(Object value) {
        return value instanceof Many many ? many.get(0) : value;
    }

    private static List<Object> list(Object value) {
        return value instanceof Many many ? many : List.of(value);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Details other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            int j = other.indexOf(names[i]);
            if (j < 0 || !list(values[i]).equals(list(other.values[j]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // As a map from name to list of values would hash.
        int hash = 0;
        for (int i = 0; i < size; i++) {
            hash += names[i].hashCode() ^ list(values[i]).hashCode();
        }
        return hash;
    }

    /** Returns the names only: values may be personal data and never go into a log by accident. */
    @Override
    public String toString() {
        return "Details" + names();
    }

    /** The names in delivered order, as an unmodifiable set. */
    private final class Names extends AbstractSet<String> {
        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public String next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return names[next++];
                }
            };
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String name && indexOf(name) >= 0;
        }
    }

    /** The values of a name delivered more than once: an unmodifiable list over the builder's array. */
    private static final class Many extends AbstractList<Object> implements java.util.RandomAccess {
        private Object[] items;
        private int count;

        Many(Object first, Object second) {
            items = new Object[] {first, second, null, null};
            count = 2;
        }

        Many(Object[] items, int count) {
            this.items = items;
            this.count = count;
        }

        void append(Object value) {
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
            }
            items[count++] = value;
        }

        @Override
        public Object get(int index) {
            Objects.checkIndex(index, count);
            return items[index];
        }

        @Override
        public int size() {
            return count;
        }
    }

    /** Lets the SDK's decoders make details from arrays they sized themselves (see {@link DetailsArrays}). */
    private static final class ArrayMaker implements DetailsArrays.Maker {
        @Override
        public Details details(String[] names, Object[] values) {
            return names.length == 0 ? EMPTY : new Details(names, values, names.length);
        }

        @Override
        public Object repeated(Object[] items, int count) {
            return new Many(items, count);
        }
    }

    /**
     * Builds {@link Details}; adds values in delivered order.
     *
     * <pre>{@code
     * Details d = Details.builder().add("dagar", 5).add("karens", true).build();
     * }</pre>
     */
    public static final class Builder {
        // One value per name is by far the most common case, so a name holds its value bare until
        // a second one arrives; build() hands the arrays over instead of copying them.
        private String[] names;
        private Object[] values;
        private int size;

        private Builder() {
        }

        /**
         * Adds a value to the name; null is ignored, since an absent element has no value.
         *
         * @param name the contract element name
         * @param value the converted value
         * @return this builder
         */
        public Builder add(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value == null) {
                return this;
            }
            if (names == null) {
                names = new String[8];
                values = new Object[8];
            }
            // Values of one name mostly arrive together: look from the last name back.
            int hash = name.hashCode();
            for (int i = size - 1; i >= 0; i--) {
                String n = names[i];
                if (n == name || n.hashCode() == hash && n.equals(name)) {
                    Object previous = values[i];
                    if (previous instanceof Many many) {
                        many.append(value);
                    } else {
                        values[i] = new Many(previous, value);
                    }
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** Returns the immutable details; the builder starts afresh if it is used again. */
        public Details build() {
            if (size == 0) {
                return EMPTY;
            }
            Details built = new Details(names, values, size);
            names = null;
            values = null;
            size = 0;
            return built;
        }
    }
}
