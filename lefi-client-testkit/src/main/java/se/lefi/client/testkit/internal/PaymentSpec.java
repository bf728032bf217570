package se.lefi.client.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import se.lefi.client.Benefit;

/**
 * Describes one payment of a simulated person and writes it as an executed payment
 * ({@code utbetalningsuppgift}) or, while its date lies after the simulator's today and the
 * benefit has them, as a preliminary payment ({@code preliminarautbetalningar}, 6.0) with the
 * service's quirks.
 *
 * @param group the benefit group whose payment list selects it
 * @param family the formansfamilj id
 * @param familyText the formansfamilj text
 * @param typ the payment type (1 Månad, 2 Daglig, ...)
 * @param foretag the paying authority (1001 Försäkringskassan, 1003 Pensionsmyndigheten)
 * @param date the payment date
 * @param from the first day the payment covers
 * @param to the last day the payment covers
 * @param rows the rows
 * @param registeredAhead true for a payment registered after a decision and executed on its
 *     date: before that date it is preliminary (6.0) or not yet visible (5.x); false for a
 *     scheduled recurring payment, which is answered as due even when its date lies ahead
 */
public record PaymentSpec(Benefit group, String family, String familyText, int typ, int foretag, LocalDate date,
        LocalDate from, LocalDate to, List<Row> rows, boolean registeredAhead) {

    /** The tax rate the simulator withholds: 30 %, rounded down to whole kronor. */
    public static final BigDecimal TAX_RATE = new BigDecimal("0.30");

    /** What a row is. */
    public enum RowKind {
        /** A compensation row ({@code bruttobelopp}). */
        COMPENSATION,
        /** A tax row ({@code skattebelopp}). */
        TAX,
        /** A deduction row ({@code avdragsbelopp}). */
        DEDUCTION
    }

    /**
     * Describes one row.
     *
     * @param forman the row's förmån id
     * @param formanText the förmån text
     * @param kind what the row is
     * @param beloppstyp the amount type id
     * @param beloppstypText the amount type text
     * @param amount the amount, positive
     * @param days the number of days, or null
     */
    public record Row(String forman, String formanText, RowKind kind, String beloppstyp, String beloppstypText,
            BigDecimal amount, Integer days) {
        /** Validates the components. */
        public Row {
            Objects.requireNonNull(forman, "forman");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Copies the rows. */
    public PaymentSpec {
        rows = List.copyOf(rows);
    }

    /**
     * Builds a payment with one compensation row, a 30 % tax row (rounded down to whole kronor)
     * and optional deduction rows.
     *
     * @param group the benefit group
     * @param family the family id
     * @param familyText the family text
     * @param forman the compensation row's förmån
     * @param formanText its text
     * @param typ the payment type
     * @param foretag the paying authority
     * @param date the payment date
     * @param from the first day covered
     * @param to the last day covered
     * @param gross the gross amount
     * @param days the days paid, or null
     * @param taxed whether tax is withheld
     * @param registeredAhead see {@link PaymentSpec}
     * @param deductions further deduction rows
     * @return the payment
     */
    public static PaymentSpec of(Benefit group, String family, String familyText, String forman, String formanText,
            int typ, int foretag, LocalDate date, LocalDate from, LocalDate to, BigDecimal gross, Integer days,
            boolean taxed, boolean registeredAhead, Row... deductions) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(forman, formanText, RowKind.COMPENSATION, "ORD", "Ordinarie ersättning", gross, days));
        if (taxed) {
            rows.add(new Row(forman, formanText, RowKind.TAX, "PS", "Preliminär skatt", tax(gross), null));
        }
        rows.addAll(List.of(deductions));
        return new PaymentSpec(group, family, familyText, typ, foretag, date, from, to, rows, registeredAhead);
    }

    /**
     * Returns 30 % of a gross amount, rounded down to whole kronor.
     *
     * @param gross the gross amount
     * @return the tax
     */
    public static BigDecimal tax(BigDecimal gross) {
        return gross.multiply(TAX_RATE).setScale(0, RoundingMode.FLOOR);
    }

    /** Returns a deduction row of the given type (e.g. {@code INF} Utmätning). */
    public static Row deduction(String forman, String type, String text, BigDecimal amount) {
        return new Row(forman, text, RowKind.DEDUCTION, type, text, amount, null);
    }

    BigDecimal sum(RowKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Returns the gross amount: the sum of the compensation rows. */
    public BigDecimal gross() {
        return sum(RowKind.COMPENSATION);
    }

    /** Returns the net amount: gross less tax and deductions. */
    public BigDecimal net() {
        return gross().subtract(sum(RowKind.TAX)).subtract(sum(RowKind.DEDUCTION));
    }

    /**
     * Adds this payment to the answer if its date lies within the asked period.
     *
     * @param ctx the query's context
     * @param answer the answer
     */
    public void contribute(RenderContext ctx, AnswerBuilder answer) {
        if (!ctx.within(date)) {
            return;
        }
        if (registeredAhead && date.isAfter(ctx.today())) {
            // Version 9 answers preliminary payments of every group, not only 6.0's five.
            if (ctx.sixOrLater() && (ctx.nine() || group.hasPreliminaryPayments())) {
                answer.add("preliminarautbetalningar", group, AnswerBuilder.Kind.PRELIMINARY,
                        xml -> xml.withBasicDates(ctx.preliminaryBeforeFix(),
                                x -> writePreliminary(x, ctx.preliminaryBeforeFix())));
            }
            return;
        }
        answer.add("utbetalningsuppgift", group, AnswerBuilder.Kind.PAYMENT, this::writeExecuted);
    }

    private void writeHead(AnswerXml xml, boolean withForetag) throws XMLStreamException {
        xml.code("typ", typ, typText(typ));
        if (withForetag) {
            xml.code("foretag", foretag, foretag == 1003 ? "Pensionsmyndigheten" : "Försäkringskassan");
        }
        xml.code("formansfamilj", family, familyText);
        xml.date("datum", date);
        xml.period("period", from, to);
    }

    private void writeExecuted(AnswerXml xml) throws XMLStreamException {
        writeHead(xml, true);
        BigDecimal tax = sum(RowKind.TAX);
        xml.amount("bruttobelopp", gross());
        xml.amount("skattebelopp", tax);
        xml.amount("avdragsbelopp", tax.add(sum(RowKind.DEDUCTION)));
        xml.amount("nettobelopp", net());
        for (Row r : rows) {
            xml.start("utbetalningsdetalj");
            xml.code("forman", r.forman(), r.formanText());
            xml.period("period", from, to);
            xml.code("beloppstyp", r.beloppstyp(), r.beloppstypText());
            if (r.kind() == RowKind.COMPENSATION) {
                xml.fraction("omfattning", 1, 1);
                xml.text("dagar", r.days());
            }
            xml.amount(switch (r.kind()) {
                case COMPENSATION -> "bruttobelopp";
                case TAX -> "skattebelopp";
                case DEDUCTION -> "avdragsbelopp";
            }, r.amount());
            xml.end();
        }
    }

    private void writePreliminary(AnswerXml xml, boolean beforeFix) throws XMLStreamException {
        // Before the fix of 2020-03-21/22 the instance sent no foretag; dates are switched to the
        // basic form by the caller.
        writeHead(xml, !beforeFix);
        xml.amount("bruttobelopp", gross());
        xml.amount("skattebelopp", sum(RowKind.TAX));
        xml.empty("avdragsbelopp");
        xml.amount("nettobelopp", net());
        for (Row r : rows) {
            xml.start("utbetalningsdetalj");
            // The row's förmån carries what beloppstyp would have said; every amount is a brutto.
            if (r.kind() == RowKind.COMPENSATION) {
                xml.code("forman", r.forman(), r.formanText());
            } else {
                xml.code("forman", r.beloppstyp(), preliminaryText(r));
            }
            xml.period("period", from, to);
            xml.empty("beloppstyp");
            if (r.kind() == RowKind.COMPENSATION) {
                xml.fraction("omfattning", 1, 1);
                xml.text("dagar", r.days());
            }
            xml.amount("bruttobelopp", r.amount());
            xml.empty("avdragsbelopp");
            xml.end();
        }
    }

    private static String preliminaryText(Row r) {
        return switch (r.beloppstyp()) {
            case "PS" -> "Preliminär skatt alt. Egen begäran";
            case "INF" -> "Utmätning alt. Utmätning tills vidare";
            case "SKV" -> "Kvittning statlig fordran alt. Överenskommen statlig fordran";
            default -> r.beloppstypText();
        };
    }

    private static String typText(int typ) {
        return switch (typ) {
            case 0 -> "Lokal utbetalning";
            case 1 -> "Månad";
            case 2 -> "Daglig";
            case 3 -> "Retro";
            case 4 -> "Presumtiv";
            default -> "Okänd";
        };
    }
}
