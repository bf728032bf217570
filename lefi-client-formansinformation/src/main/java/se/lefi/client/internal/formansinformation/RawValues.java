package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Fraction;

/**
 * Reads one value as delivered (what {@link se.lefi.client.model.Details} would hold for a name)
 * as the type a rule asks for, by the same rules as {@code Details}' typed getters: a decoder that
 * builds model values straight from its parser, without {@code Details} in between, gets the same
 * answers as one that goes through them.
 *
 * <pre>{@code
 * Optional<BigDecimal> gross = RawValues.amount(firstValueOfBruttobelopp);
 * }</pre>
 */
public final class RawValues {

    private RawValues() {
    }

    /**
     * A code; plain text comes as a code with that id and no description, as from {@code Details.code}.
     *
     * @param value a value as delivered, or null
     * @return the code, or empty
     */
    public static Optional<Code> code(Object value) {
        if (value instanceof Code c) {
            return Optional.of(c);
        }
        return value instanceof String s ? Optional.of(Code.of(s)) : Optional.empty();
    }

    /**
     * An amount or decimal; a whole number counts, as from {@code Details.amount}.
     *
     * @param value a value as delivered, or null
     * @return the amount, or empty
     */
    public static Optional<BigDecimal> amount(Object value) {
        return Optional.ofNullable(value instanceof BigDecimal d ? d
                : value instanceof Integer i ? BigDecimal.valueOf(i) : null);
    }

    /**
     * A whole number, as from {@code Details.integer}.
     *
     * @param value a value as delivered, or null
     * @return the number, or empty
     */
    public static OptionalInt integer(Object value) {
        return value instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
    }

    /**
     * A date, as from {@code Details.date}.
     *
     * @param value a value as delivered, or null
     * @return the date, or empty
     */
    public static Optional<LocalDate> date(Object value) {
        return value instanceof LocalDate d ? Optional.of(d) : Optional.empty();
    }

    /**
     * A period, as from {@code Details.period}.
     *
     * @param value a value as delivered, or null
     * @return the period, or empty
     */
    public static Optional<DatePeriod> period(Object value) {
        return value instanceof DatePeriod p ? Optional.of(p) : Optional.empty();
    }

    /**
     * An extent, level or share, as from {@code Details.fraction}.
     *
     * @param value a value as delivered, or null
     * @return the fraction, or empty
     */
    public static Optional<Fraction> fraction(Object value) {
        return value instanceof Fraction f ? Optional.of(f) : Optional.empty();
    }
}
