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
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param period the period, when delivered
 * @param level the level (omfattning), e.g. 3/4 or 40/100
 * @param share this parent's share (andel) when two parents share it
 * @param paymentType the utbetalningstyp (L Löpande, R Retroaktiv, F Ferie)
 * @param details everything delivered about the period, by contract name
 */
public record PeriodDecision(Optional<DatePeriod> period, Optional<Fraction> level, Optional<Fraction> share,
        Optional<Code> paymentType, Details details) {

    /**
     * Validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param period the period, when delivered
     * @param level the level (omfattning), e.g. 3/4 or 40/100
     * @param share this parent's share (andel) when two parents share it
     * @param paymentType the utbetalningstyp (L Löpande, R Retroaktiv, F Ferie)
     * @param details everything delivered about the period, by contract name
     */
    public PeriodDecision {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(details, "details");
    }

    /**
     * Returns a builder for a period decision; everything is empty until set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder()
                .period(period.orElse(null))
                .level(level.orElse(null))
                .share(share.orElse(null))
                .paymentType(paymentType.orElse(null))
                .details(details);
    }

    /**
     * Builds a {@link PeriodDecision}.
     *
     * <pre>{@code
     * PeriodDecision p = PeriodDecision.builder()
     *         .period(DatePeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
     *         .level(new Fraction(40, 100))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private DatePeriod period;
        private Fraction level;
        private Fraction share;
        private Code paymentType;
        private Details details = Details.empty();

        private Builder() {
        }

        /**
         * Sets the period, or clears it with null.
         *
         * @param period the period, or null for none
         * @return this builder
         */
        public Builder period(DatePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the level (omfattning), or clears it with null.
         *
         * @param level the level (omfattning), or null for none
         * @return this builder
         */
        public Builder level(Fraction level) {
            this.level = level;
            return this;
        }

        /**
         * Sets this parent's share (andel), or clears it with null.
         *
         * @param share this parent's share (andel), or null for none
         * @return this builder
         */
        public Builder share(Fraction share) {
            this.share = share;
            return this;
        }

        /**
         * Sets the utbetalningstyp, or clears it with null.
         *
         * @param paymentType the utbetalningstyp, or null for none
         * @return this builder
         */
        public Builder paymentType(Code paymentType) {
            this.paymentType = paymentType;
            return this;
        }

        /**
         * Sets everything delivered about the period.
         *
         * @param details everything delivered about the period
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder details(Details details) {
            this.details = BuilderArguments.required(details, "details");
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link PeriodDecision}
         */
        public PeriodDecision build() {
            return new PeriodDecision(Optional.ofNullable(period), Optional.ofNullable(level),
                    Optional.ofNullable(share), Optional.ofNullable(paymentType), details);
        }
    }
}
