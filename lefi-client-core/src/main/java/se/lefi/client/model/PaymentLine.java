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

    /** Validates the components. */
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
}
