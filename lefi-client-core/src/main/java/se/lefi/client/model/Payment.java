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

    /** Copies and validates the components. */
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

    /** Tells whether the payment is preliminary (registered, not yet executed). */
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
}
