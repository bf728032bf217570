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
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
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

    /**
     * Validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param date the day, when delivered
     * @param amount the day's amount in kronor: compensation before karensavdrag (sjukpenning), gross
     *     (föräldrapenning), assessed amount (tillfällig föräldrapenning), paid amount (programme)
     * @param karensDeduction the karensavdrag taken from this day (sjukpenning, from 5.0)
     * @param level the level (föräldrapenning: L, G or S)
     * @param compensation what paid the day (programme days: AS, EE or UE)
     * @param incomeType the income type (tillfällig föräldrapenning: A- or B-inkomst)
     * @param extent the extent of the day, when delivered
     * @param details everything delivered about the day, by contract name
     */
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

    /**
     * Returns a builder for a day; everything is empty until set.
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
                .date(date.orElse(null))
                .amount(amount.orElse(null))
                .karensDeduction(karensDeduction.orElse(null))
                .level(level.orElse(null))
                .compensation(compensation.orElse(null))
                .incomeType(incomeType.orElse(null))
                .extent(extent.orElse(null))
                .details(details);
    }

    /**
     * Builds a {@link BenefitDay}.
     *
     * <pre>{@code
     * BenefitDay day = BenefitDay.builder()
     *         .date(LocalDate.of(2020, 3, 16))
     *         .amount(new BigDecimal("804")).karensDeduction(new BigDecimal("804"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private LocalDate date;
        private BigDecimal amount;
        private BigDecimal karensDeduction;
        private Code level;
        private Code compensation;
        private Code incomeType;
        private Fraction extent;
        private Details details = Details.empty();

        private Builder() {
        }

        /**
         * Sets the day, or clears it with null.
         *
         * @param date the day, or null for none
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets the day's amount in kronor, or clears it with null.
         *
         * @param amount the day's amount in kronor, or null for none
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets the karensavdrag taken from this day, or clears it with null.
         *
         * @param karensDeduction the karensavdrag taken from this day, or null for none
         * @return this builder
         */
        public Builder karensDeduction(BigDecimal karensDeduction) {
            this.karensDeduction = karensDeduction;
            return this;
        }

        /**
         * Sets the level (föräldrapenning), or clears it with null.
         *
         * @param level the level (föräldrapenning), or null for none
         * @return this builder
         */
        public Builder level(Code level) {
            this.level = level;
            return this;
        }

        /**
         * Sets what paid the day (programme days), or clears it with null.
         *
         * @param compensation what paid the day (programme days), or null for none
         * @return this builder
         */
        public Builder compensation(Code compensation) {
            this.compensation = compensation;
            return this;
        }

        /**
         * Sets the income type (tillfällig föräldrapenning), or clears it with null.
         *
         * @param incomeType the income type (tillfällig föräldrapenning), or null for none
         * @return this builder
         */
        public Builder incomeType(Code incomeType) {
            this.incomeType = incomeType;
            return this;
        }

        /**
         * Sets the extent of the day, or clears it with null.
         *
         * @param extent the extent of the day, or null for none
         * @return this builder
         */
        public Builder extent(Fraction extent) {
            this.extent = extent;
            return this;
        }

        /**
         * Sets everything delivered about the day.
         *
         * @param details everything delivered about the day
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
         * @return the new {@link BenefitDay}
         */
        public BenefitDay build() {
            return new BenefitDay(Optional.ofNullable(date), Optional.ofNullable(amount),
                    Optional.ofNullable(karensDeduction), Optional.ofNullable(level),
                    Optional.ofNullable(compensation), Optional.ofNullable(incomeType), Optional.ofNullable(extent),
                    details);
        }
    }
}
