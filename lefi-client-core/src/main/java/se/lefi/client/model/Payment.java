package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Describes one payment, executed or preliminary, with its rows.
 *
 * <p>Amounts are in kronor; {@link #deductions()} includes the tax, so
 * {@code net = gross - deductions}. The quirks of preliminary payments (empty beloppstyp and
 * avdragsbelopp, deductions given as gross rows, basic-format dates, missing foretag) are already
 * absorbed: a preliminary payment looks like an executed one.
 *
 * <pre>{@code
 * for (Payment p : info.payments()) {
 *     System.out.println(p.paymentDate().orElse(null) + " " + p.family().id() + " " + p.net());
 * }
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param status executed or preliminary
 * @param payer who pays
 * @param family the benefit family (formansfamilj), e.g. {@code DAG}; an empty id when not delivered
 * @param type how it is paid (typ: 1 Månad, 2 Daglig, ...), when delivered
 * @param company the paying authority as delivered (foretag), when delivered
 * @param paymentDate the day the payment was initiated
 * @param period the period the payment covers
 * @param gross the sum of the compensation rows
 * @param tax the sum of the tax rows
 * @param deductions all deductions, tax included
 * @param net what is paid out
 * @param lines the rows, in delivered order
 */
public record Payment(PaymentStatus status, Payer payer, Code family, Optional<Code> type, Optional<Code> company,
        Optional<LocalDate> paymentDate, Optional<DatePeriod> period, BigDecimal gross, BigDecimal tax,
        BigDecimal deductions, BigDecimal net, List<PaymentLine> lines) {

    // UTB until 5.0, AMP from 5.1 (with etableringsersättning); ETB is etableringsersättning's own family.
    private static final Set<String> LABOUR_MARKET_FAMILIES = Set.of("UTB", "AMP", "ETB");
    private static final Set<String> LABOUR_MARKET_BENEFITS = Set.of("UTB", "AMP", "AKS", "UVE", "ETB", "ETT", "BOE");

    /**
     * Copies and validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param status executed or preliminary
     * @param payer who pays
     * @param family the benefit family (formansfamilj), e.g. {@code DAG}; an empty id when not delivered
     * @param type how it is paid (typ: 1 Månad, 2 Daglig, ...), when delivered
     * @param company the paying authority as delivered (foretag), when delivered
     * @param paymentDate the day the payment was initiated
     * @param period the period the payment covers
     * @param gross the sum of the compensation rows
     * @param tax the sum of the tax rows
     * @param deductions all deductions, tax included
     * @param net what is paid out
     * @param lines the rows, in delivered order
     */
    public Payment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(deductions, "deductions");
        Objects.requireNonNull(net, "net");
        lines = List.copyOf(lines);
    }

    /**
     * Tells whether the payment is preliminary (registered, not yet executed).
     *
     * @return true for a preliminary payment
     */
    public boolean isPreliminary() {
        return status == PaymentStatus.PRELIMINARY;
    }

    /**
     * Tells whether this is a payment for a labour-market programme: aktivitetsstöd,
     * utvecklingsersättning or etableringsersättning (with etableringstillägg and
     * bostadsersättning), whichever contract version delivered it.
     *
     * <p>The service changed the codes of these payments: 5.0 delivers aktivitetsstöd and
     * utvecklingsersättning with the family and förmån {@code UTB} (Utbildningsbidrag), 5.1 and
     * later with {@code AMP} (Arbetsmarknadspolitiskt program), which then also covers
     * etableringsersättning; preliminary payments name the förmåner {@code AKS}, {@code UVE},
     * {@code ETB}, {@code ETT} and {@code BOE}. Use this method instead of comparing those codes.
     *
     * <pre>{@code
     * List<Payment> programmePayments = info.payments().stream()
     *         .filter(Payment::isLabourMarketProgramme)
     *         .toList();
     * }</pre>
     *
     * @return true when the family or a compensation row names a labour-market programme benefit
     */
    public boolean isLabourMarketProgramme() {
        return LABOUR_MARKET_FAMILIES.contains(family.id()) || lines.stream()
                .anyMatch(l -> l.kind() == LineKind.COMPENSATION && LABOUR_MARKET_BENEFITS.contains(l.benefit().id()));
    }

    /**
     * Returns a builder for a payment with the given status and payer; the family is an empty code, the
     * amounts are zero and the rest is empty until set.
     *
     * @param status executed or preliminary
     * @param payer who pays
     * @return the builder
     * @throws IllegalArgumentException if status or payer is null
     */
    public static Builder builder(PaymentStatus status, Payer payer) {
        return new Builder(status, payer);
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder(status, payer)
                .family(family)
                .type(type.orElse(null))
                .company(company.orElse(null))
                .paymentDate(paymentDate.orElse(null))
                .period(period.orElse(null))
                .gross(gross)
                .tax(tax)
                .deductions(deductions)
                .net(net)
                .lines(lines);
    }

    /**
     * Builds a {@link Payment}; the amounts are not derived from the rows, so set those you assert on.
     *
     * <pre>{@code
     * Payment karens = Payment.builder(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN)
     *         .family(Code.of("DAG"))
     *         .gross(new BigDecimal("700")).tax(new BigDecimal("210"))
     *         .deductions(new BigDecimal("210")).net(new BigDecimal("490"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final PaymentStatus status;
        private final Payer payer;
        private Code family = Code.of("");
        private Code type;
        private Code company;
        private LocalDate paymentDate;
        private DatePeriod period;
        private BigDecimal gross = BigDecimal.ZERO;
        private BigDecimal tax = BigDecimal.ZERO;
        private BigDecimal deductions = BigDecimal.ZERO;
        private BigDecimal net = BigDecimal.ZERO;
        private List<PaymentLine> lines = List.of();

        private Builder(PaymentStatus status, Payer payer) {
            this.status = BuilderArguments.required(status, "status");
            this.payer = BuilderArguments.required(payer, "payer");
        }

        /**
         * Sets the benefit family (formansfamilj).
         *
         * @param family the benefit family (formansfamilj)
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder family(Code family) {
            this.family = BuilderArguments.required(family, "family");
            return this;
        }

        /**
         * Sets how it is paid (typ), or clears it with null.
         *
         * @param type how it is paid (typ), or null for none
         * @return this builder
         */
        public Builder type(Code type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the paying authority as delivered (foretag), or clears it with null.
         *
         * @param company the paying authority as delivered (foretag), or null for none
         * @return this builder
         */
        public Builder company(Code company) {
            this.company = company;
            return this;
        }

        /**
         * Sets the day the payment was initiated, or clears it with null.
         *
         * @param paymentDate the day the payment was initiated, or null for none
         * @return this builder
         */
        public Builder paymentDate(LocalDate paymentDate) {
            this.paymentDate = paymentDate;
            return this;
        }

        /**
         * Sets the period the payment covers, or clears it with null.
         *
         * @param period the period the payment covers, or null for none
         * @return this builder
         */
        public Builder period(DatePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the sum of the compensation rows.
         *
         * @param gross the sum of the compensation rows
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder gross(BigDecimal gross) {
            this.gross = BuilderArguments.required(gross, "gross");
            return this;
        }

        /**
         * Sets the sum of the tax rows.
         *
         * @param tax the sum of the tax rows
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder tax(BigDecimal tax) {
            this.tax = BuilderArguments.required(tax, "tax");
            return this;
        }

        /**
         * Sets all deductions, tax included.
         *
         * @param deductions all deductions, tax included
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder deductions(BigDecimal deductions) {
            this.deductions = BuilderArguments.required(deductions, "deductions");
            return this;
        }

        /**
         * Sets what is paid out.
         *
         * @param net what is paid out
         * @return this builder
         * @throws IllegalArgumentException if it is null
         */
        public Builder net(BigDecimal net) {
            this.net = BuilderArguments.required(net, "net");
            return this;
        }

        /**
         * Sets the rows, in delivered order, replacing those set before.
         *
         * @param lines the rows, in delivered order
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder lines(List<PaymentLine> lines) {
            this.lines = BuilderArguments.list(lines, "lines");
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link Payment}
         */
        public Payment build() {
            return new Payment(status, payer, family, Optional.ofNullable(type), Optional.ofNullable(company),
                    Optional.ofNullable(paymentDate), Optional.ofNullable(period), gross, tax, deductions, net,
                    lines);
        }
    }
}
