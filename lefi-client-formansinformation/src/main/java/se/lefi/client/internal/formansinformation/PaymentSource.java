package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;

/**
 * How {@link PaymentAssembler}'s rules read one payment and its rows, whatever holds them: a
 * payment's {@link Details} ({@link #DETAILS}, read on demand, so a value the rules do not ask for
 * is never looked up) or the {@link PaymentFields} a decoder filled straight from its parser
 * ({@link #FIELDS}). Both read the same contract names.
 *
 * <pre>{@code
 * Payment payment = PaymentAssembler.executed(utbetalningsuppgift, PaymentSource.DETAILS);
 * }</pre>
 *
 * @param <P> what holds a payment
 * @param <R> what holds one of its rows
 */
public interface PaymentSource<P, R> {

    /** Reads payments and rows held as details, by their contract names. */
    PaymentSource<Details, Details> DETAILS = new PaymentSource<>() {
        @Override public Optional<Code> type(Details p) { return p.code(PaymentFields.TYPE); }
        @Override public Optional<Code> company(Details p) { return p.code(PaymentFields.COMPANY); }
        @Override public Optional<Code> family(Details p) { return p.code(PaymentFields.FAMILY); }
        @Override public Optional<LocalDate> date(Details p) { return p.date(PaymentFields.DATE); }
        @Override public Optional<DatePeriod> period(Details p) { return p.period(PaymentFields.PERIOD); }
        @Override public Optional<BigDecimal> gross(Details p) { return p.amount(PaymentFields.GROSS); }
        @Override public Optional<BigDecimal> tax(Details p) { return p.amount(PaymentFields.TAX); }
        @Override public Optional<BigDecimal> deductions(Details p) { return p.amount(PaymentFields.DEDUCTIONS); }
        @Override public Optional<BigDecimal> net(Details p) { return p.amount(PaymentFields.NET); }
        @Override public List<Details> rows(Details p) { return p.children(PaymentFields.ROWS); }
        @Override public Optional<Code> benefit(Details r) { return r.code(PaymentFields.BENEFIT); }
        @Override public Optional<Code> amountType(Details r) { return r.code(PaymentFields.AMOUNT_TYPE); }
        @Override public Optional<BigDecimal> rowGross(Details r) { return r.amount(PaymentFields.GROSS); }
        @Override public Optional<BigDecimal> rowTax(Details r) { return r.amount(PaymentFields.TAX); }
        @Override public Optional<BigDecimal> rowDeduction(Details r) { return r.amount(PaymentFields.DEDUCTIONS); }
        @Override public OptionalInt days(Details r) { return r.integer(PaymentFields.DAYS); }
        @Override public OptionalInt hours(Details r) { return r.integer(PaymentFields.HOURS); }
        @Override public Optional<DatePeriod> rowPeriod(Details r) { return r.period(PaymentFields.PERIOD); }
        @Override public Optional<Fraction> extent(Details r) { return r.fraction(PaymentFields.EXTENT); }
    };

    /** Reads what a decoder filled in {@link PaymentFields}. */
    PaymentSource<PaymentFields, PaymentFields.Row> FIELDS = new PaymentSource<>() {
        @Override public Optional<Code> type(PaymentFields p) { return p.type(); }
        @Override public Optional<Code> company(PaymentFields p) { return p.company(); }
        @Override public Optional<Code> family(PaymentFields p) { return p.family(); }
        @Override public Optional<LocalDate> date(PaymentFields p) { return p.date(); }
        @Override public Optional<DatePeriod> period(PaymentFields p) { return p.period(); }
        @Override public Optional<BigDecimal> gross(PaymentFields p) { return p.gross(); }
        @Override public Optional<BigDecimal> tax(PaymentFields p) { return p.tax(); }
        @Override public Optional<BigDecimal> deductions(PaymentFields p) { return p.deductions(); }
        @Override public Optional<BigDecimal> net(PaymentFields p) { return p.net(); }
        @Override public List<PaymentFields.Row> rows(PaymentFields p) { return p.rows(); }
        @Override public Optional<Code> benefit(PaymentFields.Row r) { return r.benefit(); }
        @Override public Optional<Code> amountType(PaymentFields.Row r) { return r.amountType(); }
        @Override public Optional<BigDecimal> rowGross(PaymentFields.Row r) { return r.gross(); }
        @Override public Optional<BigDecimal> rowTax(PaymentFields.Row r) { return r.tax(); }
        @Override public Optional<BigDecimal> rowDeduction(PaymentFields.Row r) { return r.deduction(); }
        @Override public OptionalInt days(PaymentFields.Row r) { return r.days(); }
        @Override public OptionalInt hours(PaymentFields.Row r) { return r.hours(); }
        @Override public Optional<DatePeriod> rowPeriod(PaymentFields.Row r) { return r.period(); }
        @Override public Optional<Fraction> extent(PaymentFields.Row r) { return r.extent(); }
    };

    /** @param p a payment @return its typ */
    Optional<Code> type(P p);

    /** @param p a payment @return its foretag */
    Optional<Code> company(P p);

    /** @param p a payment @return its formansfamilj */
    Optional<Code> family(P p);

    /** @param p a payment @return its datum */
    Optional<LocalDate> date(P p);

    /** @param p a payment @return its period */
    Optional<DatePeriod> period(P p);

    /** @param p a payment @return its bruttobelopp */
    Optional<BigDecimal> gross(P p);

    /** @param p a payment @return its skattebelopp */
    Optional<BigDecimal> tax(P p);

    /** @param p a payment @return its avdragsbelopp */
    Optional<BigDecimal> deductions(P p);

    /** @param p a payment @return its nettobelopp */
    Optional<BigDecimal> net(P p);

    /** @param p a payment @return its rows, in delivered order */
    List<R> rows(P p);

    /** @param r a row @return its forman */
    Optional<Code> benefit(R r);

    /** @param r a row @return its beloppstyp */
    Optional<Code> amountType(R r);

    /** @param r a row @return its bruttobelopp */
    Optional<BigDecimal> rowGross(R r);

    /** @param r a row @return its skattebelopp */
    Optional<BigDecimal> rowTax(R r);

    /** @param r a row @return its avdragsbelopp */
    Optional<BigDecimal> rowDeduction(R r);

    /** @param r a row @return its dagar */
    OptionalInt days(R r);

    /** @param r a row @return its timmar */
    OptionalInt hours(R r);

    /** @param r a row @return its period */
    Optional<DatePeriod> rowPeriod(R r);

    /** @param r a row @return its omfattning */
    Optional<Fraction> extent(R r);
}
