package se.lefi.client.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Holds one year's steglös avräkning of sjukersättning or aktivitetsersättning: the income the
 * person earned that year is settled against the benefit, and what was paid or reclaimed follows.
 * Amounts are in kronor.
 *
 * <pre>{@code
 * info.cases(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING).stream()
 *         .flatMap(c -> c.steplessSettlement().stream())
 *         .forEach(s -> System.out.println(s.year() + ": " + s.incomeInSweden().orElse(BigDecimal.ZERO)));
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param year the settled year
 * @param incomeInSweden the year's income in Sweden
 * @param incomeAbroad the year's income in another country
 * @param allowance the income allowed without settlement (fribelopp)
 * @param difference the income above the allowance (mellanskillnad)
 * @param supplement an addition (tillägg)
 * @param fee a fee (avgift)
 * @param payment what was paid out after the settlement (utbetalning)
 * @param recovery what is reclaimed (återkrav)
 */
public record SteplessSettlement(OptionalInt year, Optional<BigDecimal> incomeInSweden,
        Optional<BigDecimal> incomeAbroad, Optional<BigDecimal> allowance, Optional<BigDecimal> difference,
        Optional<BigDecimal> supplement, Optional<BigDecimal> fee, Optional<BigDecimal> payment,
        Optional<BigDecimal> recovery) {

    /**
     * Validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param year the settled year
     * @param incomeInSweden the year's income in Sweden
     * @param incomeAbroad the year's income in another country
     * @param allowance the income allowed without settlement (fribelopp)
     * @param difference the income above the allowance (mellanskillnad)
     * @param supplement an addition (tillägg)
     * @param fee a fee (avgift)
     * @param payment what was paid out after the settlement (utbetalning)
     * @param recovery what is reclaimed (återkrav)
     */
    public SteplessSettlement {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(incomeInSweden, "incomeInSweden");
        Objects.requireNonNull(incomeAbroad, "incomeAbroad");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(supplement, "supplement");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(recovery, "recovery");
    }

    /**
     * Returns a builder for a steglös avräkning; everything is empty until set.
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
                .year(year.isPresent() ? Integer.valueOf(year.getAsInt()) : null)
                .incomeInSweden(incomeInSweden.orElse(null))
                .incomeAbroad(incomeAbroad.orElse(null))
                .allowance(allowance.orElse(null))
                .difference(difference.orElse(null))
                .supplement(supplement.orElse(null))
                .fee(fee.orElse(null))
                .payment(payment.orElse(null))
                .recovery(recovery.orElse(null));
    }

    /**
     * Builds a {@link SteplessSettlement}.
     *
     * <pre>{@code
     * SteplessSettlement s = SteplessSettlement.builder()
     *         .year(2021).incomeInSweden(new BigDecimal("120000")).recovery(new BigDecimal("8000"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Integer year;
        private BigDecimal incomeInSweden;
        private BigDecimal incomeAbroad;
        private BigDecimal allowance;
        private BigDecimal difference;
        private BigDecimal supplement;
        private BigDecimal fee;
        private BigDecimal payment;
        private BigDecimal recovery;

        private Builder() {
        }

        /**
         * Sets the settled year, or clears it with null.
         *
         * @param year the settled year, or null for none
         * @return this builder
         */
        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        /**
         * Sets the year's income in Sweden, or clears it with null.
         *
         * @param incomeInSweden the year's income in Sweden, or null for none
         * @return this builder
         */
        public Builder incomeInSweden(BigDecimal incomeInSweden) {
            this.incomeInSweden = incomeInSweden;
            return this;
        }

        /**
         * Sets the year's income in another country, or clears it with null.
         *
         * @param incomeAbroad the year's income in another country, or null for none
         * @return this builder
         */
        public Builder incomeAbroad(BigDecimal incomeAbroad) {
            this.incomeAbroad = incomeAbroad;
            return this;
        }

        /**
         * Sets the income allowed without settlement (fribelopp), or clears it with null.
         *
         * @param allowance the income allowed without settlement (fribelopp), or null for none
         * @return this builder
         */
        public Builder allowance(BigDecimal allowance) {
            this.allowance = allowance;
            return this;
        }

        /**
         * Sets the income above the allowance (mellanskillnad), or clears it with null.
         *
         * @param difference the income above the allowance (mellanskillnad), or null for none
         * @return this builder
         */
        public Builder difference(BigDecimal difference) {
            this.difference = difference;
            return this;
        }

        /**
         * Sets the addition (tillägg), or clears it with null.
         *
         * @param supplement the addition (tillägg), or null for none
         * @return this builder
         */
        public Builder supplement(BigDecimal supplement) {
            this.supplement = supplement;
            return this;
        }

        /**
         * Sets the fee (avgift), or clears it with null.
         *
         * @param fee the fee (avgift), or null for none
         * @return this builder
         */
        public Builder fee(BigDecimal fee) {
            this.fee = fee;
            return this;
        }

        /**
         * Sets what was paid out after the settlement, or clears it with null.
         *
         * @param payment what was paid out after the settlement, or null for none
         * @return this builder
         */
        public Builder payment(BigDecimal payment) {
            this.payment = payment;
            return this;
        }

        /**
         * Sets what is reclaimed (återkrav), or clears it with null.
         *
         * @param recovery what is reclaimed (återkrav), or null for none
         * @return this builder
         */
        public Builder recovery(BigDecimal recovery) {
            this.recovery = recovery;
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link SteplessSettlement}
         */
        public SteplessSettlement build() {
            return new SteplessSettlement(year == null ? OptionalInt.empty() : OptionalInt.of(year),
                    Optional.ofNullable(incomeInSweden), Optional.ofNullable(incomeAbroad),
                    Optional.ofNullable(allowance), Optional.ofNullable(difference), Optional.ofNullable(supplement),
                    Optional.ofNullable(fee), Optional.ofNullable(payment), Optional.ofNullable(recovery));
        }
    }
}
