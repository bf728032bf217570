package se.lefi.client.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Describes one row of a payment: a compensation, a tax or a deduction.
 *
 * <pre>{@code
 * BigDecimal tax = payment.lines().stream()
 *         .filter(l -> l.kind() == LineKind.TAX).map(PaymentLine::amount)
 *         .reduce(BigDecimal.ZERO, BigDecimal::add);
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param benefit the förmån paid, e.g. {@code SJP}; for tax and deduction rows the förmån they are taken
 *     from, so lines of executed and preliminary payments filter alike (see {@link #amountType()})
 * @param kind what the row is
 * @param amount the row's amount in kronor, positive
 * @param amountType the beloppstyp, when delivered; for a tax or deduction row of a preliminary payment
 *     (which has no beloppstyp) the row's own förmån, e.g. {@code PS}. The contract does not say which
 *     benefit such a row belongs to: the payment's first compensation förmån is taken as {@code benefit}
 * @param days the number of days, when delivered
 * @param hours the number of hours, when delivered
 * @param period the period the row covers
 * @param extent the extent, when delivered
 */
public record PaymentLine(Code benefit, LineKind kind, BigDecimal amount, Optional<Code> amountType, OptionalInt days,
        OptionalInt hours, Optional<DatePeriod> period, Optional<Fraction> extent) {

    /**
     * Validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param benefit the förmån paid; for tax and deduction rows the förmån they are taken from
     * @param kind what the row is
     * @param amount the row's amount in kronor, positive
     * @param amountType the beloppstyp, when delivered; the row's own förmån for a tax or deduction row
     *     of a preliminary payment
     * @param days the number of days, when delivered
     * @param hours the number of hours, when delivered
     * @param period the period the row covers
     * @param extent the extent, when delivered
     */
    public PaymentLine {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amountType, "amountType");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(extent, "extent");
    }

    /**
     * Returns a builder for a row of the given kind; the förmån is an empty code, the amount zero and the
     * rest empty until set.
     *
     * @param kind what the row is
     * @return the builder
     * @throws IllegalArgumentException if kind is null
     */
    public static Builder builder(LineKind kind) {
        return new Builder(kind);
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder(kind)
                .benefit(benefit)
                .amount(amount)
                .amountType(amountType.orElse(null))
                .days(days.isPresent() ? Integer.valueOf(days.getAsInt()) : null)
                .hours(hours.isPresent() ? Integer.valueOf(hours.getAsInt()) : null)
                .period(period.orElse(null))
                .extent(extent.orElse(null));
    }

    /**
     * Builds a {@link PaymentLine}.
     *
     * <pre>{@code
     * PaymentLine tax = PaymentLine.builder(LineKind.TAX)
     *         .benefit(Code.of("PS")).amount(new BigDecimal("210"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Code benefit = Code.of("");
        private final LineKind kind;
        private BigDecimal amount = BigDecimal.ZERO;
        private Code amountType;
        private Integer days;
        private Integer hours;
        private DatePeriod period;
        private Fraction extent;

        private Builder(LineKind kind) {
            this.kind = BuilderArguments.required(kind, "kind");
        }

        /**
         * Sets the row's förmån.
         *
         * @param benefit the row's förmån
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder benefit(Code benefit) {
            this.benefit = BuilderArguments.required(benefit, "benefit");
            return this;
        }

        /**
         * Sets the row's amount in kronor.
         *
         * @param amount the row's amount in kronor
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder amount(BigDecimal amount) {
            this.amount = BuilderArguments.required(amount, "amount");
            return this;
        }

        /**
         * Sets the beloppstyp, or clears it with null.
         *
         * @param amountType the beloppstyp, or null for none
         * @return this builder
         */
        public Builder amountType(Code amountType) {
            this.amountType = amountType;
            return this;
        }

        /**
         * Sets the number of days, or clears it with null.
         *
         * @param days the number of days, or null for none
         * @return this builder
         */
        public Builder days(Integer days) {
            this.days = days;
            return this;
        }

        /**
         * Sets the number of hours, or clears it with null.
         *
         * @param hours the number of hours, or null for none
         * @return this builder
         */
        public Builder hours(Integer hours) {
            this.hours = hours;
            return this;
        }

        /**
         * Sets the period the row covers, or clears it with null.
         *
         * @param period the period the row covers, or null for none
         * @return this builder
         */
        public Builder period(DatePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the extent, or clears it with null.
         *
         * @param extent the extent, or null for none
         * @return this builder
         */
        public Builder extent(Fraction extent) {
            this.extent = extent;
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link PaymentLine}
         */
        public PaymentLine build() {
            return new PaymentLine(benefit, kind, amount, Optional.ofNullable(amountType),
                    days == null ? OptionalInt.empty() : OptionalInt.of(days),
                    hours == null ? OptionalInt.empty() : OptionalInt.of(hours), Optional.ofNullable(period),
                    Optional.ofNullable(extent));
        }
    }
}
