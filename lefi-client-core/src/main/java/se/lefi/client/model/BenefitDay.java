package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one day of a decision: a compensated day of sjukpenning, rehabiliteringsersättning,
 * föräldrapenning or programersättning, an assessed day of tillfällig föräldrapenning, or a
 * claimed day of föräldrapenning.
 *
 * <pre>{@code
 * BigDecimal karens = decision.days().stream()
 *         .map(d -> d.karensDeduction().orElse(BigDecimal.ZERO))
 *         .reduce(BigDecimal.ZERO, BigDecimal::add);
 * }</pre>
 *
 * @param date the day, when delivered
 * @param amount the day's amount in kronor: compensation before karensavdrag (sjukpenning),
 *     gross (föräldrapenning), assessed amount (tillfällig föräldrapenning), paid amount (programme)
 * @param karensDeduction the karensavdrag taken from this day (sjukpenning, from 5.0)
 * @param level the level (föräldrapenning: L, G or S)
 * @param compensation what paid the day (programme days: AS, EE or UE)
 * @param incomeType the income type (tillfällig föräldrapenning: A- or B-inkomst)
 * @param extent the extent of the day, when delivered
 * @param details everything delivered about the day, by contract name
 */
public record BenefitDay(Optional<LocalDate> date, Optional<BigDecimal> amount, Optional<BigDecimal> karensDeduction,
        Optional<Code> level, Optional<Code> compensation, Optional<Code> incomeType, Optional<Fraction> extent,
        Details details) {

    /** Validates the components. */
    public BenefitDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(karensDeduction, "karensDeduction");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(compensation, "compensation");
        Objects.requireNonNull(incomeType, "incomeType");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(details, "details");
    }
}
