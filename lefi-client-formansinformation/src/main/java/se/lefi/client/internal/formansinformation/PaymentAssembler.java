package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.lefi.client.model.Code;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PaymentStatus;

/**
 * Applies the payment rules of {@code formansinformation} to one payment, read through a
 * {@link PaymentSource} (its details, or the {@link PaymentFields} a decoder filled):
 * how rows are classified, which sums are derived when the answer leaves them out, who pays, and
 * the quirks of preliminary payments. Every version's decoder comes here, through
 * {@link BenefitInformationAssembler} or straight from its parser, so a payment means the same in
 * every version.
 *
 * <pre>{@code
 * Payment payment = PaymentAssembler.executed(utbetalningsuppgift, PaymentSource.DETAILS);
 * }</pre>
 */
public final class PaymentAssembler {

    /** Stands for a code the answer leaves out; immutable, so one serves every payment. */
    private static final Code NO_CODE = Code.of("");

    private static final Set<String> TAX_BENEFITS = Set.of("PS", "SS");
    // The deduction förmåner of preliminary payments reuse the deduction beloppstyp ids.
    private static final Set<String> DEDUCTION_BENEFITS = Set.of("AFR", "ALA", "ART", "AVB", "AVR", "FMF", "FUM",
            "INC", "INF", "INM", "INU", "KOA", "KVI", "PF", "PST", "SAV", "SKV", "SOC", "SST", "UMG", "UTF", "ÅFA",
            "ÖVA", "OAV", "EKB", "ASAVB", "ASAVR", "ASFRI");

    private PaymentAssembler() {
    }

    /**
     * Builds an executed payment from what a decoder filled in.
     *
     * @param p the payment's fields
     * @return the payment
     * @throws MalformedAnswerException when a row has no amount
     */
    public static Payment executed(PaymentFields p) {
        return executed(p, PaymentSource.FIELDS);
    }

    /**
     * Builds a preliminary payment from what a decoder filled in.
     *
     * @param p the payment's fields
     * @return the payment
     * @throws MalformedAnswerException when a row has no amount
     */
    public static Payment preliminary(PaymentFields p) {
        return preliminary(p, PaymentSource.FIELDS);
    }

    /**
     * Builds an executed payment: each row's kind follows from the amount it fills.
     *
     * @param p the payment
     * @param source how to read it
     * @param <P> what holds a payment
     * @param <R> what holds a row
     * @return the payment
     * @throws MalformedAnswerException when a row has no amount
     */
    public static <P, R> Payment executed(P p, PaymentSource<P, R> source) {
        List<R> rows = source.rows(p);
        PaymentLine[] lines = new PaymentLine[rows.size()];
        int count = 0;
        for (R row : rows) {
            LineKind kind = LineKind.COMPENSATION;
            BigDecimal amount = source.rowGross(row).orElse(null);
            if (amount == null) {
                kind = LineKind.TAX;
                amount = source.rowTax(row).orElse(null);
            }
            if (amount == null) {
                kind = LineKind.DEDUCTION;
                amount = source.rowDeduction(row).orElse(null);
            }
            if (amount == null) {
                throw new MalformedAnswerException("a payment row has no amount");
            }
            lines[count++] = line(source, row, kind, amount, source.benefit(row).orElse(NO_CODE),
                    source.amountType(row));
        }
        return payment(PaymentStatus.EXECUTED, p, source, lines);
    }

    /**
     * Builds a preliminary payment: every row gives its amount in bruttobelopp and its kind in
     * its förmån; beloppstyp and avdragsbelopp are empty; deductions are gross minus net; the payer
     * is always Försäkringskassan. A tax or deduction row is given the shape of an executed one,
     * so that lines filter alike: its benefit becomes the payment's (first) compensation förmån and
     * its own förmån ({@code PS}, {@code INF}, ...) its amount type. The contract does not say
     * which benefit a deduction belongs to when a payment has compensation rows of several
     * förmåner: the first one is taken. Without any compensation row the row stays as delivered.
     *
     * @param p the payment
     * @param source how to read it
     * @param <P> what holds a payment
     * @param <R> what holds a row
     * @return the payment
     * @throws MalformedAnswerException when a row has no amount
     */
    public static <P, R> Payment preliminary(P p, PaymentSource<P, R> source) {
        List<R> rows = source.rows(p);
        LineKind[] kinds = new LineKind[rows.size()];
        Code compensationBenefit = null;
        for (int i = 0; i < kinds.length; i++) {
            Optional<Code> benefit = source.benefit(rows.get(i));
            String id = benefit.map(Code::id).orElse("");
            LineKind kind = TAX_BENEFITS.contains(id) ? LineKind.TAX
                    : DEDUCTION_BENEFITS.contains(id) ? LineKind.DEDUCTION : LineKind.COMPENSATION;
            kinds[i] = kind;
            if (kind == LineKind.COMPENSATION && compensationBenefit == null) {
                compensationBenefit = benefit.orElse(null);
            }
        }
        PaymentLine[] lines = new PaymentLine[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            R row = rows.get(i);
            LineKind kind = kinds[i];
            BigDecimal amount = source.rowGross(row).or(() -> source.rowTax(row)).or(() -> source.rowDeduction(row))
                    .orElseThrow(() -> new MalformedAnswerException("a preliminary payment row has no amount"));
            if (kind != LineKind.COMPENSATION && compensationBenefit != null) {
                // Shaped like an executed row: the benefit paid, and the tax or deduction as amount type.
                lines[i] = line(source, row, kind, amount, compensationBenefit, source.benefit(row));
            } else {
                lines[i] = line(source, row, kind, amount, source.benefit(row).orElse(NO_CODE), source.amountType(row));
            }
        }
        return payment(PaymentStatus.PRELIMINARY, p, source, lines);
    }

    private static <P> Payment payment(PaymentStatus status, P p, PaymentSource<P, ?> source, PaymentLine[] lines) {
        BigDecimal gross = source.gross(p).orElseGet(() -> sum(lines, LineKind.COMPENSATION));
        BigDecimal tax = source.tax(p).orElseGet(() -> sum(lines, LineKind.TAX));
        BigDecimal deductions;
        BigDecimal net;
        Payer payer;
        Optional<Code> company = source.company(p);
        if (status == PaymentStatus.EXECUTED) {
            deductions = source.deductions(p).orElseGet(() -> tax.add(sum(lines, LineKind.DEDUCTION)));
            net = source.net(p).orElseGet(() -> gross.subtract(deductions));
            payer = payer(company);
        } else {
            // A preliminary payment's avdragsbelopp is always empty: its deductions are what gross and net leave.
            net = source.net(p)
                    .orElseGet(() -> gross.subtract(sum(lines, LineKind.TAX)).subtract(sum(lines, LineKind.DEDUCTION)));
            deductions = gross.subtract(net);
            payer = Payer.FORSAKRINGSKASSAN;
        }
        return new Payment(status, payer, source.family(p).orElse(NO_CODE), source.type(p), company, source.date(p),
                source.period(p), gross, tax, deductions, net, ImmutableLists.of(lines, lines.length));
    }

    private static <R> PaymentLine line(PaymentSource<?, R> source, R row, LineKind kind, BigDecimal amount,
            Code benefit, Optional<Code> amountType) {
        return new PaymentLine(benefit, kind, amount, amountType, source.days(row), source.hours(row),
                source.rowPeriod(row), source.extent(row));
    }

    private static BigDecimal sum(PaymentLine[] lines, LineKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PaymentLine line : lines) {
            if (line.kind() == kind) {
                sum = sum.add(line.amount());
            }
        }
        return sum;
    }

    private static Payer payer(Optional<Code> company) {
        String id = company.map(Code::id).orElse("");
        return switch (id) {
            case "1001" -> Payer.FORSAKRINGSKASSAN;
            case "1003" -> Payer.PENSIONSMYNDIGHETEN;
            default -> Payer.UNKNOWN;
        };
    }
}
