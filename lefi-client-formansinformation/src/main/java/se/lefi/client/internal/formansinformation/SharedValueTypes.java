package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Fraction;

/**
 * Builds the values of the formansinformation structure's shared value types ({@code Sifferkod},
 * {@code Bokstavskod}, {@code Belopp}, {@code FranTill}, {@code Omfattning}) from their parts,
 * whatever wire format delivered them.
 *
 * <p>Every version names these types and their parts alike: the 5.x and 6.0 XSDs as schema
 * types, version 9's JSON as object schemas. A decoder recognises a structure by its type name
 * ({@link Type#of}), hands over the parts listed in {@link Type#parts()} already converted to what
 * {@link se.lefi.client.model.Details} holds (text, {@code Integer}, {@code BigDecimal}, a
 * {@link Code}), and gets the model value, or null when the structure carries no value; an empty
 * structure is then absent, as the service means it. Parts a rule does not need (such as
 * {@code Belopp}'s {@code valuta}, always SEK) are not asked for.
 *
 * <p>One instance serves one answer and is not thread-safe: it shares one {@link Code} instance
 * between the many repeats of a code in an answer, which saves a large answer thousands of
 * objects.
 *
 * <pre>{@code
 * SharedValueTypes shared = new SharedValueTypes();               // one per answer
 * SharedValueTypes.Type type = SharedValueTypes.Type.of("Belopp"); // null for other types
 * Object amount = shared.value(type, new BigDecimal("1250.00"), null); // BigDecimal 1250.00
 * }</pre>
 */
public final class SharedValueTypes {

    /** The shared value types, each with the names of the parts its value is built from. */
    public enum Type {
        /** {@code Sifferkod} and {@code Bokstavskod}: a {@link Code} from {@code id} and {@code beskrivning}. */
        CODE("id", "beskrivning"),
        /** {@code Belopp}: a {@link BigDecimal} from {@code summa}. */
        AMOUNT("summa"),
        /**
         * {@code FranTill}: a {@link DatePeriod} from {@code fran} and {@code till}, given as the
         * first day of {@code fran} and the last day of {@code till} ({@link LocalDate}), since
         * either may be a year-month ({@code 2020-04}) that stands for a whole month.
         */
        PERIOD("fran", "till"),
        /** {@code Omfattning}: a {@link Fraction} from {@code taljare} and {@code namnare}. */
        FRACTION("taljare", "namnare");

        private final List<String> parts;

        Type(String... parts) {
            this.parts = List.of(parts);
        }

        /**
         * Returns the shared type of a schema type name.
         *
         * @param schemaTypeName the name the contract gives the structure's type
         * @return the shared type, or null when the structure is not one of them
         */
        public static Type of(String schemaTypeName) {
            return switch (schemaTypeName) {
                case "Sifferkod", "Bokstavskod" -> CODE;
                case "Belopp" -> AMOUNT;
                case "FranTill" -> PERIOD;
                case "Omfattning" -> FRACTION;
                default -> null;
            };
        }

        /**
         * Returns the element names of the parts, in the order {@link SharedValueTypes#value} takes them.
         *
         * @return one or two names
         */
        public List<String> parts() {
            return parts;
        }
    }

    // Keyed by the id as delivered (text, or a number for Sifferkod), so a repeat needs no String.
    private final Map<Object, Code> codes = new HashMap<>();

    /**
     * Creates the builder for one answer.
     */
    public SharedValueTypes() {
        // The code cache starts empty; it lives as long as the answer being decoded.
    }

    /**
     * Builds a shared type's value from its parts.
     *
     * @param type the shared type
     * @param first the value of the first of {@link Type#parts()}, or null when absent
     * @param second the value of the second part, or null when absent or when the type has one
     * @return the value, or null when the parts carry none
     */
    public Object value(Type type, Object first, Object second) {
        return switch (type) {
            case CODE -> code(first, second);
            case AMOUNT -> amount(first);
            case PERIOD -> period(first instanceof LocalDate d ? d : null, second instanceof LocalDate d ? d : null);
            case FRACTION -> fraction(first, second);
        };
    }

    /**
     * Builds a code; repeats of the same id and description give the same instance.
     *
     * @param id the {@code id} part (text, a number from JSON, or a code), or null
     * @param description the {@code beskrivning} part, or null
     * @return the code, or null without an id
     */
    public Code code(Object id, Object description) {
        if (id == null) {
            return null;
        }
        Object key = id instanceof Code c ? c.id() : id;
        String text = text(description);
        String descriptionText = text == null ? "" : text;
        Code known = codes.get(key);
        if (known != null && known.description().equals(descriptionText)) {
            return known;
        }
        Code code = new Code(key.toString(), descriptionText);
        codes.put(key, code);
        return code;
    }

    /**
     * Builds an amount.
     *
     * @param sum the {@code summa} part, an {@code Integer} or {@code BigDecimal}, or null
     * @return the amount in kronor, or null when there is none
     */
    public static BigDecimal amount(Object sum) {
        return sum instanceof BigDecimal d ? d : sum instanceof Integer i ? BigDecimal.valueOf(i) : null;
    }

    /**
     * Builds a period, open at an end that is missing.
     *
     * @param firstDay the first day {@code fran} stands for, or null
     * @param lastDay the last day {@code till} stands for, or null
     * @return the period, or null when both ends are missing
     */
    public static DatePeriod period(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null && lastDay == null) {
            return null;
        }
        return new DatePeriod(Optional.ofNullable(firstDay), Optional.ofNullable(lastDay));
    }

    /**
     * Builds a fraction; an unset part counts as 0, and 0/0 means "not set".
     *
     * @param numerator the {@code taljare} part, an {@code Integer}, or null
     * @param denominator the {@code namnare} part, an {@code Integer}, or null
     * @return the fraction, or null for 0/0
     */
    public static Fraction fraction(Object numerator, Object denominator) {
        int n = numerator instanceof Integer i ? i : 0;
        int d = denominator instanceof Integer i ? i : 0;
        return n == 0 && d == 0 ? null : new Fraction(n, d);
    }

    private static String text(Object value) {
        // As Details.text reads a value: a code stands for its id.
        return value == null ? null : value instanceof Code c ? c.id() : value.toString();
    }
}
