package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Describes one decision (beslut) in a benefit case.
 *
 * <p>The common fields of every case type are typed here; what only some benefits carry is typed
 * where the domain knows it ({@link #days()}, {@link #periodDecisions()}, the plain-string
 * sjukpenning fields as codes) and otherwise in {@link #details()}.
 *
 * <pre>{@code
 * for (Decision d : benefitCase.decisions()) {
 *     d.period().ifPresent(p -> ...);
 *     d.decidedGross().ifPresent(amount -> ...);
 * }
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param decided when the decision was made (fattades)
 * @param definitive true for a definitive decision, false for a provisional one or when not said
 * @param benefit the letter code of the benefit (förmån)
 * @param subBenefit the letter code of the sub-benefit (delförmån)
 * @param periodicity how often it is paid (0 Ingen, 1 Månadsvis, ...)
 * @param period the period the decision covers
 * @param decidedGross the decided gross amount (beslutat bruttobelopp)
 * @param coordinatedGross the coordinated gross amount (samordnat bruttobelopp)
 * @param extent the extent (omfattning)
 * @param dayCount the number of compensated days (dagar)
 * @param karens true when the decision has a karens
 * @param compensation what the decision compensates (ersättning), as a code
 * @param outcome the outcome (beslutsutfall), as a code
 * @param decisionType the decision type (beslutstyp: SLUTLIGT, INTERMISTISKT) or status (beslutstatus)
 * @param compensationLevel the compensation level (ersättningsnivå)
 * @param days the compensated, assessed or claimed days listed in the decision
 * @param periodDecisions the periods with levels and shares (merkostnadsersättning, omvårdnadsbidrag)
 * @param details everything delivered about the decision, by contract name
 */
public record Decision(Optional<LocalDate> decided, boolean definitive, Optional<Code> benefit,
        Optional<Code> subBenefit, Optional<Code> periodicity, Optional<DatePeriod> period,
        Optional<BigDecimal> decidedGross, Optional<BigDecimal> coordinatedGross, Optional<Fraction> extent,
        OptionalInt dayCount, boolean karens, Optional<Code> compensation, Optional<Code> outcome,
        Optional<Code> decisionType, Optional<Code> compensationLevel, List<BenefitDay> days,
        List<PeriodDecision> periodDecisions, Details details) {

    /**
     * Copies and validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param decided when the decision was made (fattades)
     * @param definitive true for a definitive decision, false for a provisional one or when not said
     * @param benefit the letter code of the benefit (förmån)
     * @param subBenefit the letter code of the sub-benefit (delförmån)
     * @param periodicity how often it is paid (0 Ingen, 1 Månadsvis, ...)
     * @param period the period the decision covers
     * @param decidedGross the decided gross amount (beslutat bruttobelopp)
     * @param coordinatedGross the coordinated gross amount (samordnat bruttobelopp)
     * @param extent the extent (omfattning)
     * @param dayCount the number of compensated days (dagar)
     * @param karens true when the decision has a karens
     * @param compensation what the decision compensates (ersättning), as a code
     * @param outcome the outcome (beslutsutfall), as a code
     * @param decisionType the decision type (beslutstyp: SLUTLIGT, INTERMISTISKT) or status (beslutstatus)
     * @param compensationLevel the compensation level (ersättningsnivå)
     * @param days the compensated, assessed or claimed days listed in the decision
     * @param periodDecisions the periods with levels and shares (merkostnadsersättning, omvårdnadsbidrag)
     * @param details everything delivered about the decision, by contract name
     */
    public Decision {
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(subBenefit, "subBenefit");
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(decidedGross, "decidedGross");
        Objects.requireNonNull(coordinatedGross, "coordinatedGross");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(compensation, "compensation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decisionType, "decisionType");
        Objects.requireNonNull(compensationLevel, "compensationLevel");
        days = List.copyOf(days);
        periodDecisions = List.copyOf(periodDecisions);
        Objects.requireNonNull(details, "details");
    }

    /**
     * Returns a builder for a decision; it is neither definitive nor with karens, and everything else is
     * empty until set.
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
                .decided(decided.orElse(null))
                .definitive(definitive)
                .benefit(benefit.orElse(null))
                .subBenefit(subBenefit.orElse(null))
                .periodicity(periodicity.orElse(null))
                .period(period.orElse(null))
                .decidedGross(decidedGross.orElse(null))
                .coordinatedGross(coordinatedGross.orElse(null))
                .extent(extent.orElse(null))
                .dayCount(dayCount.isPresent() ? Integer.valueOf(dayCount.getAsInt()) : null)
                .karens(karens)
                .compensation(compensation.orElse(null))
                .outcome(outcome.orElse(null))
                .decisionType(decisionType.orElse(null))
                .compensationLevel(compensationLevel.orElse(null))
                .days(days)
                .periodDecisions(periodDecisions)
                .details(details);
    }

    /**
     * Builds a {@link Decision}.
     *
     * <pre>{@code
     * Decision d = Decision.builder()
     *         .definitive(true)
     *         .period(DatePeriod.of(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 3, 31)))
     *         .days(List.of(BenefitDay.builder().date(LocalDate.of(2020, 3, 16)).build()))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private LocalDate decided;
        private boolean definitive;
        private Code benefit;
        private Code subBenefit;
        private Code periodicity;
        private DatePeriod period;
        private BigDecimal decidedGross;
        private BigDecimal coordinatedGross;
        private Fraction extent;
        private Integer dayCount;
        private boolean karens;
        private Code compensation;
        private Code outcome;
        private Code decisionType;
        private Code compensationLevel;
        private List<BenefitDay> days = List.of();
        private List<PeriodDecision> periodDecisions = List.of();
        private Details details = Details.empty();

        private Builder() {
        }

        /**
         * Sets when the decision was made (fattades), or clears it with null.
         *
         * @param decided when the decision was made (fattades), or null for none
         * @return this builder
         */
        public Builder decided(LocalDate decided) {
            this.decided = decided;
            return this;
        }

        /**
         * Sets whether the decision is definitive.
         *
         * @param definitive true when the decision is definitive
         * @return this builder
         */
        public Builder definitive(boolean definitive) {
            this.definitive = definitive;
            return this;
        }

        /**
         * Sets the letter code of the benefit (förmån), or clears it with null.
         *
         * @param benefit the letter code of the benefit (förmån), or null for none
         * @return this builder
         */
        public Builder benefit(Code benefit) {
            this.benefit = benefit;
            return this;
        }

        /**
         * Sets the letter code of the sub-benefit (delförmån), or clears it with null.
         *
         * @param subBenefit the letter code of the sub-benefit (delförmån), or null for none
         * @return this builder
         */
        public Builder subBenefit(Code subBenefit) {
            this.subBenefit = subBenefit;
            return this;
        }

        /**
         * Sets how often it is paid, or clears it with null.
         *
         * @param periodicity how often it is paid, or null for none
         * @return this builder
         */
        public Builder periodicity(Code periodicity) {
            this.periodicity = periodicity;
            return this;
        }

        /**
         * Sets the period the decision covers, or clears it with null.
         *
         * @param period the period the decision covers, or null for none
         * @return this builder
         */
        public Builder period(DatePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the decided gross amount, or clears it with null.
         *
         * @param decidedGross the decided gross amount, or null for none
         * @return this builder
         */
        public Builder decidedGross(BigDecimal decidedGross) {
            this.decidedGross = decidedGross;
            return this;
        }

        /**
         * Sets the coordinated gross amount, or clears it with null.
         *
         * @param coordinatedGross the coordinated gross amount, or null for none
         * @return this builder
         */
        public Builder coordinatedGross(BigDecimal coordinatedGross) {
            this.coordinatedGross = coordinatedGross;
            return this;
        }

        /**
         * Sets the extent (omfattning), or clears it with null.
         *
         * @param extent the extent (omfattning), or null for none
         * @return this builder
         */
        public Builder extent(Fraction extent) {
            this.extent = extent;
            return this;
        }

        /**
         * Sets the number of compensated days, or clears it with null.
         *
         * @param dayCount the number of compensated days, or null for none
         * @return this builder
         */
        public Builder dayCount(Integer dayCount) {
            this.dayCount = dayCount;
            return this;
        }

        /**
         * Sets whether the decision has a karens.
         *
         * @param karens true when the decision has a karens
         * @return this builder
         */
        public Builder karens(boolean karens) {
            this.karens = karens;
            return this;
        }

        /**
         * Sets what the decision compensates (ersättning), or clears it with null.
         *
         * @param compensation what the decision compensates (ersättning), or null for none
         * @return this builder
         */
        public Builder compensation(Code compensation) {
            this.compensation = compensation;
            return this;
        }

        /**
         * Sets the outcome (beslutsutfall), or clears it with null.
         *
         * @param outcome the outcome (beslutsutfall), or null for none
         * @return this builder
         */
        public Builder outcome(Code outcome) {
            this.outcome = outcome;
            return this;
        }

        /**
         * Sets the decision type or status, or clears it with null.
         *
         * @param decisionType the decision type or status, or null for none
         * @return this builder
         */
        public Builder decisionType(Code decisionType) {
            this.decisionType = decisionType;
            return this;
        }

        /**
         * Sets the compensation level (ersättningsnivå), or clears it with null.
         *
         * @param compensationLevel the compensation level (ersättningsnivå), or null for none
         * @return this builder
         */
        public Builder compensationLevel(Code compensationLevel) {
            this.compensationLevel = compensationLevel;
            return this;
        }

        /**
         * Sets the days listed in the decision, replacing those set before.
         *
         * @param days the days listed in the decision
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder days(List<BenefitDay> days) {
            this.days = BuilderArguments.list(days, "days");
            return this;
        }

        /**
         * Sets the periods with levels and shares, replacing those set before.
         *
         * @param periodDecisions the periods with levels and shares
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder periodDecisions(List<PeriodDecision> periodDecisions) {
            this.periodDecisions = BuilderArguments.list(periodDecisions, "periodDecisions");
            return this;
        }

        /**
         * Sets everything delivered about the decision.
         *
         * @param details everything delivered about the decision
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
         * @return the new {@link Decision}
         */
        public Decision build() {
            return new Decision(Optional.ofNullable(decided), definitive, Optional.ofNullable(benefit),
                    Optional.ofNullable(subBenefit), Optional.ofNullable(periodicity), Optional.ofNullable(period),
                    Optional.ofNullable(decidedGross), Optional.ofNullable(coordinatedGross),
                    Optional.ofNullable(extent), dayCount == null ? OptionalInt.empty() : OptionalInt.of(dayCount),
                    karens, Optional.ofNullable(compensation), Optional.ofNullable(outcome),
                    Optional.ofNullable(decisionType), Optional.ofNullable(compensationLevel), days, periodDecisions,
                    details);
        }
    }
}
