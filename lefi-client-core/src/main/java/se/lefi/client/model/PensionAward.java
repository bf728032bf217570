package se.lefi.client.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one compensation of a {@link PensionDecision} ({@code beslutadErsattning}): an amount
 * in whole kronor per frequency, for a period.
 *
 * <pre>{@code
 * PensionAward a = decision.awards().get(0);
 * if (a.frequency().filter(f -> f.is("MANAD")).isPresent()) { monthly = monthly.add(a.amount().orElseThrow()); }
 * }</pre>
 *
 * @param type the compensation type as delivered (e.g. {@code PM:GARP})
 * @param amount the amount in kronor, when delivered
 * @param frequency how often the amount is paid as delivered ({@code MANAD}, {@code AR}, ...)
 * @param period the period the award covers
 * @param details everything delivered, as raw wire data (including {@code underlag})
 */
public record PensionAward(Optional<Code> type, Optional<BigDecimal> amount, Optional<Code> frequency,
        Optional<DatePeriod> period, Details details) {

    /** Validates the components. */
    public PensionAward {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(details, "details");
    }
}
