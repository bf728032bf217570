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

    /**
     * Returns a builder with everything empty.
     *
     * <pre>{@code
     * PensionAward a = PensionAward.builder().amount(BigDecimal.valueOf(15000)).frequency(Code.of("MANAD")).build();
     * }</pre>
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this award's values, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder().type(type.orElse(null)).amount(amount.orElse(null)).frequency(frequency.orElse(null))
                .period(period.orElse(null)).details(details);
    }

    /** Builds a {@link PensionAward}; not thread-safe. */
    public static final class Builder {
        private Code type;
        private BigDecimal amount;
        private Code frequency;
        private DatePeriod period;
        private Details details = Details.empty();

        private Builder() {
        }

        /**
         * Sets the compensation type.
         *
         * @param type the type as delivered, or null
         * @return this builder
         */
        public Builder type(Code type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the amount.
         *
         * @param amount the amount in kronor, or null
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets how often the amount is paid.
         *
         * @param frequency the frequency as delivered, or null
         * @return this builder
         */
        public Builder frequency(Code frequency) {
            this.frequency = frequency;
            return this;
        }

        /**
         * Sets the period.
         *
         * @param period the period, or null
         * @return this builder
         */
        public Builder period(DatePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the raw wire data.
         *
         * @param details the details
         * @return this builder
         */
        public Builder details(Details details) {
            this.details = BuilderArguments.required(details, "details");
            return this;
        }

        /** Returns the award. */
        public PensionAward build() {
            return new PensionAward(Optional.ofNullable(type), Optional.ofNullable(amount), Optional.ofNullable(frequency),
                    Optional.ofNullable(period), details);
        }
    }
}
