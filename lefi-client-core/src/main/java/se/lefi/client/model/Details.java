package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import se.lefi.client.Personnummer;

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

    // Names in delivered order and, at the same index, the name's value: the value itself when it
    // came once (by far the most common case), a Repeated when it came more often. Decoding builds
    // one Details per element of an answer, so no map, entry or list is made per value.
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
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names).subList(0, size)));
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
        Object v = firstValue(name);
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
        return firstValue(name) instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
    }

    /** Returns the amount (in kronor) or decimal value of the name. */
    public Optional<BigDecimal> amount(String name) {
        Object v = firstValue(name);
        return v instanceof BigDecimal d ? Optional.of(d)
                : v instanceof Integer i ? Optional.of(BigDecimal.valueOf(i)) : Optional.empty();
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
        return Optional.ofNullable(asCode(firstValue(name)));
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

    /** Returns the name's first value, or null: the accessors make at most the one Optional they return. */
    private Object firstValue(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        Object value = values[i];
        return value instanceof Repeated r ? r.list.get(0) : value;
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Object> list(Object value) {
        return value instanceof Repeated r ? r.list : List.of(value);
    }

    private <T> Optional<T> typed(String name, Class<T> type) {
        Object v = firstValue(name);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    private <T> List<T> all(String name, Function<Object, T> conversion) {
        int i = indexOf(name);
        if (i < 0) {
            return List.of();
        }
        List<Object> list = list(values[i]);
        boolean asStored = true;
        for (Object v : list) {
            if (conversion.apply(v) != v) {
                asStored = false;
                break;
            }
        }
        if (asStored) {
            // Every value already has the asked type (the common case): the stored, unmodifiable list is the answer.
            @SuppressWarnings("unchecked")
            List<T> same = (List<T>) list;
            return same;
        }
        List<T> result = new ArrayList<>(list.size());
        for (Object v : list) {
            T t = conversion.apply(v);
            if (t != null) {
                result.add(t);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** Equal when both hold the same values under the same names, whatever the order of the names. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
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
        // As a map of the names to their lists of values would hash: independent of the order of the names.
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

    /** The values of a name delivered more than once, as an unmodifiable list. */
    private record Repeated(List<Object> list) {
    }

    /**
     * Builds {@link Details}; adds values in delivered order.
     *
     * <pre>{@code
     * Details d = Details.builder().add("dagar", 5).add("karens", true).build();
     * }</pre>
     */
    public static final class Builder {
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
            for (int i = size - 1; i >= 0; i--) {
                if (names[i].equals(name)) {
                    Object previous = values[i];
                    if (previous instanceof Several several) {
                        several.add(value);
                    } else {
                        Several several = new Several();
                        several.add(previous);
                        several.add(value);
                        values[i] = several;
                    }
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
            return this;
        }

        /** Returns the immutable details; the builder starts afresh if it is used again. */
        public Details build() {
            if (size == 0) {
                return EMPTY;
            }
            for (int i = 0; i < size; i++) {
                if (values[i] instanceof Several several) {
                    values[i] = new Repeated(Collections.unmodifiableList(several));
                }
            }
            // The arrays are handed over, not copied: the builder forgets them.
            Details built = new Details(names, values, size);
            names = null;
            values = null;
            size = 0;
            return built;
        }

        /** The values of a name delivered more than once; never escapes the builder except wrapped. */
        private static final class Several extends ArrayList<Object> {
            private static final long serialVersionUID = 1L;

            Several() {
                super(4);
            }
        }
    }
}
