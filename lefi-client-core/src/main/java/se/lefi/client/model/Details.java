package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final Details EMPTY = new Details(Map.of());

    private final Map<String, List<Object>> values;

    private Details(Map<String, List<Object>> values) {
        this.values = values;
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
        return values.keySet();
    }

    /** Tells whether there is no value at all. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Tells whether the name has a value. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns every value of the name, as delivered: String, Boolean, Integer, BigDecimal,
     * LocalDate, OffsetDateTime, DatePeriod, Code, Fraction, Personnummer or Details.
     *
     * @param name a contract element name
     * @return the values, empty when there is none
     */
    public List<Object> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Returns the text value of the name (a code's id for a code). */
    public Optional<String> text(String name) {
        return first(name).map(v -> v instanceof Code c ? c.id() : v.toString());
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
        Optional<Integer> value = typed(name, Integer.class);
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    /** Returns the amount (in kronor) or decimal value of the name. */
    public Optional<BigDecimal> amount(String name) {
        return first(name).map(v -> v instanceof BigDecimal d ? d : v instanceof Integer i ? BigDecimal.valueOf(i) : null);
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
        return first(name).map(Details::asCode);
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

    private Optional<Object> first(String name) {
        List<Object> list = values.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    private <T> Optional<T> typed(String name, Class<T> type) {
        return first(name).filter(type::isInstance).map(type::cast);
    }

    private <T> List<T> all(String name, Function<Object, T> conversion) {
        List<Object> list = values.get(name);
        if (list == null) {
            return List.of();
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Details other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Returns the names only: values may be personal data and never go into a log by accident. */
    @Override
    public String toString() {
        return "Details" + values.keySet();
    }

    /**
     * Builds {@link Details}; adds values in delivered order.
     *
     * <pre>{@code
     * Details d = Details.builder().add("dagar", 5).add("karens", true).build();
     * }</pre>
     */
    public static final class Builder {
        // One value per name is by far the most common case, so a name holds its value directly
        // until a second one arrives; build() hands the map over instead of copying it. Decoding
        // builds one Details per element of an answer, so this halves the garbage of a decode.
        private LinkedHashMap<String, Object> values;

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
            if (value != null) {
                if (values == null) {
                    values = new LinkedHashMap<>(8);
                }
                Object previous = values.putIfAbsent(name, value);
                if (previous instanceof Several several) {
                    several.add(value);
                } else if (previous != null) {
                    Several several = new Several();
                    several.add(previous);
                    several.add(value);
                    values.put(name, several);
                }
            }
            return this;
        }

        /** Returns the immutable details; the builder starts afresh if it is used again. */
        @SuppressWarnings("unchecked")
        public Details build() {
            if (values == null || values.isEmpty()) {
                return EMPTY;
            }
            LinkedHashMap<String, Object> built = values;
            values = null;
            built.replaceAll((name, v) -> v instanceof Several several ? Collections.unmodifiableList(several)
                    : List.of(v));
            Map<String, ?> lists = built;
            return new Details(Collections.unmodifiableMap((Map<String, List<Object>>) lists));
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
