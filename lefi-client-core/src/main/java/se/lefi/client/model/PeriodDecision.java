package se.lefi.client.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Describes one period of a merkostnadsersättning or omvårdnadsbidrag decision: the level for the
 * period and this parent's share of it.
 *
 * <pre>{@code
 * Fraction level = periodDecision.level().orElseThrow(); // e.g. 40/100 of the prisbasbelopp
 * }</pre>
 *
 * @param period the period, when delivered
 * @param level the level (omfattning), e.g. 3/4 or 40/100
 * @param share this parent's share (andel) when two parents share it
 * @param paymentType the utbetalningstyp (L Löpande, R Retroaktiv, F Ferie)
 * @param details everything delivered about the period, by contract name
 */
public record PeriodDecision(Optional<DatePeriod> period, Optional<Fraction> level, Optional<Fraction> share,
        Optional<Code> paymentType, Details details) {

    /** Validates the components. */
    public PeriodDecision {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(details, "details");
    }
}
