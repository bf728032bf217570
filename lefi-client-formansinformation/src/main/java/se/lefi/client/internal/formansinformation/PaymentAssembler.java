package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Applies the payment rules of {@code formansinformation} to one payment's {@link PaymentFields}:
 * how rows are classified, which sums are derived when the answer leaves them out, who pays, and
 * the quirks of preliminary payments. Every version's decoder comes here, through
 * {@link BenefitInformationAssembler} or straight from its parser, so a payment means the same in
 * every version.
 *
 * <pre>{@code
 * Payment payment = PaymentAssembler.executed(PaymentFields.of(utbetalningsuppgift));
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
     * Builds an executed payment: each row's kind follows from the amount it fills.
     *
     * @param p the payment's fields
     * @return the payment
     * @throws MalformedAnswerException when a row has no amount
     */
    public static Payment executed(PaymentFields p) {
        PaymentLine[] lines = new PaymentLine[p.rows().size()];
        int count = 0;
        for (PaymentFields.Row row : p.rows()) {
            LineKind kind = LineKind.COMPENSATION;
            BigDecimal amount = row.gross().orElse(null);
            if (amount == null) {
                kind = LineKind.TAX;
                amount = row.tax().orElse(null);
            }
            if (amount == null) {
                kind = LineKind.DEDUCTION;
                amount = row.deduction().orElse(null);
            }
            if (amount == null) {
                throw new MalformedAnswerException("a payment row has no amount");
            }
            lines[count++] = line(row, kind, amount, row.benefit().orElse(NO_CODE), row.amountType());
        }
        return payment(PaymentStatus.EXECUTED, p, lines);
    }

    private static Payment payment(PaymentStatus status, PaymentFields p, PaymentLine[] lines) {
        BigDecimal gross = p.gross().orElseGet(() -> sum(lines, LineKind.COMPENSATION));
        BigDecimal tax = p.tax().orElseGet(() -> sum(lines, LineKind.TAX));
        BigDecimal deductions;
        BigDecimal net;
        Payer payer;
        if (status == PaymentStatus.EXECUTED) {
            deductions = p.deductions().orElseGet(() -> tax.add(sum(lines, LineKind.DEDUCTION)));
            net = p.net().orElseGet(() -> gross.subtract(deductions));
            payer = payer(p.company());
        } else {
            // A preliminary payment's avdragsbelopp is always empty: its deductions are what gross and net leave.
            net = p.net().orElseGet(() -> gross.subtract(sum(lines, LineKind.TAX)).subtract(sum(lines, LineKind.DEDUCTION)));
            deductions = gross.subtract(net);
            payer = Payer.FORSAKRINGSKASSAN;
        }
        return new Payment(status, payer, p.family().orElse(NO_CODE), p.type(), p.company(), p.date(), p.period(),
                gross, tax, deductions, net, ImmutableLists.of(lines, lines.length));
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
     * @param p the payment's fields
     * @return the payment
     * @throws MalformedAnswerException when a row has no amount
     */
    public static Payment preliminary(PaymentFields p) {
        List<PaymentFields.Row> rows = p.rows();
        List<LineKind> kinds = new ArrayList<>(rows.size());
        Code compensationBenefit = null;
        for (PaymentFields.Row row : rows) {
            String benefit = row.benefit().map(Code::id).orElse("");
            LineKind kind = TAX_BENEFITS.contains(benefit) ? LineKind.TAX
                    : DEDUCTION_BENEFITS.contains(benefit) ? LineKind.DEDUCTION : LineKind.COMPENSATION;
            kinds.add(kind);
            if (kind == LineKind.COMPENSATION && compensationBenefit == null) {
                compensationBenefit = row.benefit().orElse(null);
            }
        }
        PaymentLine[] lines = new PaymentLine[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            PaymentFields.Row row = rows.get(i);
            LineKind kind = kinds.get(i);
            BigDecimal amount = row.gross().or(row::tax).or(row::deduction)
                    .orElseThrow(() -> new MalformedAnswerException("a preliminary payment row has no amount"));
            if (kind != LineKind.COMPENSATION && compensationBenefit != null) {
                // Shaped like an executed row: the benefit paid, and the tax or deduction as amount type.
                lines[i] = line(row, kind, amount, compensationBenefit, row.benefit());
            } else {
                lines[i] = line(row, kind, amount, row.benefit().orElse(NO_CODE), row.amountType());
            }
        }
        return payment(PaymentStatus.PRELIMINARY, p, lines);
    }

    private static PaymentLine line(PaymentFields.Row row, LineKind kind, BigDecimal amount, Code benefit,
            Optional<Code> amountType) {
        return new PaymentLine(benefit, kind, amount, amountType, row.days(), row.hours(), row.period(), row.extent());
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
