package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Fraction;

/**
 * What the payment rules read of one payment of {@code formansinformation} (an
 * {@code utbetalningsuppgift} or a {@code preliminarautbetalningar}), by the contract's names: the
 * values a decoder read straight from its parser for {@link PaymentAssembler}
 * ({@link PaymentSource#FIELDS}); payments delivered as details are read by the same names
 * ({@link PaymentSource#DETAILS}).
 *
 * <pre>{@code
 * Payment payment = PaymentAssembler.executed(new PaymentFields(type, company, family, date, period,
 *         gross, tax, deductions, net, rows));
 * }</pre>
 *
 * @param type how it is paid ({@value #TYPE})
 * @param company the paying authority ({@value #COMPANY})
 * @param family the benefit family ({@value #FAMILY})
 * @param date the payment day ({@value #DATE})
 * @param period the period paid ({@value #PERIOD})
 * @param gross the gross amount ({@value #GROSS})
 * @param tax the tax ({@value #TAX})
 * @param deductions the deductions ({@value #DEDUCTIONS})
 * @param net what is paid out ({@value #NET})
 * @param rows the rows ({@value #ROWS}), in delivered order
 */
public record PaymentFields(Optional<Code> type, Optional<Code> company, Optional<Code> family,
        Optional<LocalDate> date, Optional<DatePeriod> period, Optional<BigDecimal> gross, Optional<BigDecimal> tax,
        Optional<BigDecimal> deductions, Optional<BigDecimal> net, List<Row> rows) {

    /** A payment's {@code typ}. */
    public static final String TYPE = "typ";
    /** A payment's {@code foretag}. */
    public static final String COMPANY = "foretag";
    /** A payment's {@code formansfamilj}. */
    public static final String FAMILY = "formansfamilj";
    /** A payment's {@code datum}. */
    public static final String DATE = "datum";
    /** A payment's or a row's {@code period}. */
    public static final String PERIOD = "period";
    /** A payment's or a row's {@code bruttobelopp}. */
    public static final String GROSS = "bruttobelopp";
    /** A payment's or a row's {@code skattebelopp}. */
    public static final String TAX = "skattebelopp";
    /** A payment's or a row's {@code avdragsbelopp}. */
    public static final String DEDUCTIONS = "avdragsbelopp";
    /** A payment's {@code nettobelopp}. */
    public static final String NET = "nettobelopp";
    /** A payment's rows, {@code utbetalningsdetalj}. */
    public static final String ROWS = "utbetalningsdetalj";
    /** A row's {@code forman}. */
    public static final String BENEFIT = "forman";
    /** A row's {@code beloppstyp}. */
    public static final String AMOUNT_TYPE = "beloppstyp";
    /** A row's {@code dagar}. */
    public static final String DAYS = "dagar";
    /** A row's {@code timmar}. */
    public static final String HOURS = "timmar";
    /** A row's {@code omfattning}. */
    public static final String EXTENT = "omfattning";

    /**
     * Copies the rows.
     */
    public PaymentFields {
        rows = List.copyOf(rows);
    }

    /**
     * What the rules read of one row ({@value #ROWS}).
     *
     * @param benefit the förmån ({@value #BENEFIT})
     * @param amountType the amount type ({@value #AMOUNT_TYPE})
     * @param gross a compensation row's amount ({@value #GROSS})
     * @param tax a tax row's amount ({@value #TAX})
     * @param deduction a deduction row's amount ({@value #DEDUCTIONS})
     * @param days the days ({@value #DAYS})
     * @param hours the hours ({@value #HOURS})
     * @param period the period ({@value #PERIOD})
     * @param extent the extent ({@value #EXTENT})
     */
    public record Row(Optional<Code> benefit, Optional<Code> amountType, Optional<BigDecimal> gross,
            Optional<BigDecimal> tax, Optional<BigDecimal> deduction, OptionalInt days, OptionalInt hours,
            Optional<DatePeriod> period, Optional<Fraction> extent) {
    }
}
