package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.lefi.client.internal.formansinformation.AssembledPayments;
import se.lefi.client.internal.formansinformation.ImmutableLists;
import se.lefi.client.internal.formansinformation.PaymentAssembler;
import se.lefi.client.internal.formansinformation.PaymentFields;
import se.lefi.client.internal.formansinformation.RawValues;
import se.lefi.client.model.Payment;
import se.lefi.client.v9.internal.model.LefiFormansinformation;
import se.lefi.client.v9.internal.model.LefiUtbetalningDetalj;
import se.lefi.client.v9.internal.model.LefiUtbetalningUppgift;

/**
 * Reads Försäkringskassan's payments ({@code utbetalningsuppgift} and
 * {@code preliminarautbetalningar} of {@code formansinformation}) straight from the parser into
 * {@link Payment}s by the shared payment rules ({@link PaymentAssembler}), without making
 * {@link se.lefi.client.model.Details} of them first: they are nearly all of a large answer, and a
 * payment keeps no details.
 *
 * <p>A payment in the plain shape the service writes is read straight from
 * {@link Utf8JsonReader}'s bytes by {@link PaymentScan}; any other, and every payment of an
 * answer Jackson reads, goes through tokens here, which is also where every error is found.
 *
 * <p>Each value is read by {@link JsonDetailsReader}'s own conversion and the first one of a name
 * counts, exactly as the details' getters would see it: what a payment becomes, and which answers
 * fail, is the same as through details. A payment the rules refuse does not stop the reading; its
 * failure is handed on in {@link AssembledPayments} and thrown where the assembler would have
 * thrown it, after the whole answer was found well-formed. Not thread-safe: one per answer.
 *
 * <pre>{@code
 * if (payments.takes(model, property)) {
 *     payments.read(parser, token, property);
 * }
 * AssembledPayments assembled = payments.assembled();
 * }</pre>
 */
final class JsonPaymentReader {

    private static final JsonTypeModel INFORMATION = JsonTypeModel.of(LefiFormansinformation.class);
    private static final JsonTypeModel PAYMENT = JsonTypeModel.of(LefiUtbetalningUppgift.class);
    private static final JsonTypeModel ROW = JsonTypeModel.of(LefiUtbetalningDetalj.class);
    private static final int EXECUTED = index(INFORMATION, "utbetalningsuppgift");
    private static final int PRELIMINARY = index(INFORMATION, "preliminarautbetalningar");

    private static final int TYPE = index(PAYMENT, PaymentFields.TYPE);
    private static final int COMPANY = index(PAYMENT, PaymentFields.COMPANY);
    private static final int FAMILY = index(PAYMENT, PaymentFields.FAMILY);
    private static final int DATE = index(PAYMENT, PaymentFields.DATE);
    private static final int PERIOD = index(PAYMENT, PaymentFields.PERIOD);
    private static final int GROSS = index(PAYMENT, PaymentFields.GROSS);
    private static final int TAX = index(PAYMENT, PaymentFields.TAX);
    private static final int DEDUCTIONS = index(PAYMENT, PaymentFields.DEDUCTIONS);
    private static final int NET = index(PAYMENT, PaymentFields.NET);
    private static final int ROWS = index(PAYMENT, PaymentFields.ROWS);

    private static final int ROW_BENEFIT = index(ROW, PaymentFields.BENEFIT);
    private static final int ROW_AMOUNT_TYPE = index(ROW, PaymentFields.AMOUNT_TYPE);
    private static final int ROW_GROSS = index(ROW, PaymentFields.GROSS);
    private static final int ROW_TAX = index(ROW, PaymentFields.TAX);
    private static final int ROW_DEDUCTION = index(ROW, PaymentFields.DEDUCTIONS);
    private static final int ROW_DAYS = index(ROW, PaymentFields.DAYS);
    private static final int ROW_HOURS = index(ROW, PaymentFields.HOURS);
    private static final int ROW_PERIOD = index(ROW, PaymentFields.PERIOD);
    private static final int ROW_EXTENT = index(ROW, PaymentFields.EXTENT);

    private final JsonDetailsReader values;
    /** Whether plain payments are read straight from the bytes when the reader is the SDK's own. */
    private final boolean scanning;
    /** Made at the first payment, so an answer without payments pays nothing for it. */
    private PaymentScan scan;
    private int scanned;
    private final PaymentScan.RowSink scannedRows = new PaymentScan.RowSink() {
        @Override
        public boolean row(Object[] values) {
            return scannedRow(values);
        }

        @Override
        public void clear() {
            rowCount = 0;
        }
    };
    private final Object[] payment = new Object[PAYMENT.size()];
    private final Object[] row = new Object[ROW.size()];
    private PaymentFields.Row[] rows = new PaymentFields.Row[4];
    private int rowCount;
    private final List<Payment> executed = new ArrayList<>();
    private final List<Payment> preliminary = new ArrayList<>();
    private RuntimeException failure;

    /**
     * Creates the reader of one answer, with or without the byte scan of plain payments (tests
     * compare the two).
     *
     * @param values the reader of the answer's other values
     * @param scan whether plain payments are read straight from the bytes ({@link PaymentScan})
     */
    JsonPaymentReader(JsonDetailsReader values, boolean scan) {
        this.values = values;
        this.scanning = scan;
    }

    /**
     * Tells whether a property's values are payments this reader builds.
     *
     * @param model the model of the object being read
     * @param property one of its properties
     * @return true for formansinformation's payment lists
     */
    boolean takes(JsonTypeModel model, JsonTypeModel.Property property) {
        return model == INFORMATION && (property.index() == EXECUTED || property.index() == PRELIMINARY);
    }

    /**
     * Reads a payment list's value: an array of payments, or leniently one payment or nested arrays.
     *
     * @param p the parser, on the value's first token
     * @param token that token
     * @param property the list, one {@link #takes} accepted
     * @throws IOException when the JSON is malformed or breaks a limit
     */
    void read(JsonInput p, JsonToken token, JsonTypeModel.Property property) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (item == null) {
                    throw new IOException("the answer ends inside an array");
                }
                read(p, item, property);
            }
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            // Text or a number where a payment belongs is no payment; read as the details would, then dropped.
            values.readOne(p, token, property);
            return;
        }
        PaymentFields fields = payment(p);
        if (fields == null || failure != null) {
            return;
        }
        boolean isExecuted = property.index() == EXECUTED;
        try {
            (isExecuted ? executed : preliminary).add(isExecuted ? PaymentAssembler.executed(fields)
                    : PaymentAssembler.preliminary(fields));
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /**
     * Returns what was built.
     *
     * @return the payments, and the first failure
     */
    AssembledPayments assembled() {
        return new AssembledPayments(executed, preliminary, failure);
    }

    /**
     * Tells how many payments were read straight from the bytes; tests prove with it that the
     * scan ran.
     *
     * @return the number
     */
    int scanned() {
        return scanned;
    }

    /** Reads one payment object; null when it holds no value, as its details would be absent. */
    private PaymentFields payment(JsonInput p) throws IOException {
        rowCount = 0;
        if (scanning && scan == null && p instanceof Utf8JsonReader) {
            scan = new PaymentScan(values, PAYMENT, ROW, ROWS);
        }
        if (scan != null && scan.payment((Utf8JsonReader) p, payment, scannedRows)) {
            scanned++;
        } else {
            // The scan gave up (or did not run): the token path reads the same bytes from the start.
            rowCount = 0;
            if (!fields(p, PAYMENT, payment, ROWS)) {
                return null;
            }
        }
        return new PaymentFields(RawValues.code(payment[TYPE]), RawValues.code(payment[COMPANY]),
                RawValues.code(payment[FAMILY]), RawValues.date(payment[DATE]), RawValues.period(payment[PERIOD]),
                RawValues.amount(payment[GROSS]), RawValues.amount(payment[TAX]),
                RawValues.amount(payment[DEDUCTIONS]), RawValues.amount(payment[NET]),
                ImmutableLists.of(rows, rowCount));
    }

    /** Reads the rows' value; returns whether the details would have held anything of it. */
    private boolean rows(JsonInput p, JsonToken token, JsonTypeModel.Property property) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            boolean any = false;
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (item == null) {
                    throw new IOException("the answer ends inside an array");
                }
                any |= rows(p, item, property);
            }
            return any;
        }
        if (token != JsonToken.START_OBJECT) {
            return values.readOne(p, token, property) != null;
        }
        boolean any = fields(p, ROW, row, -1);
        if (any) {
            addRow(row);
        }
        return any;
    }

    /** Keeps a row the scan read, when it held anything, as the token path would. */
    private boolean scannedRow(Object[] values) {
        for (Object value : values) {
            if (value != null) {
                addRow(values);
                return true;
            }
        }
        return false;
    }

    private void addRow(Object[] values) {
        if (rowCount == rows.length) {
            rows = Arrays.copyOf(rows, rowCount * 2);
        }
        rows[rowCount++] = new PaymentFields.Row(RawValues.code(values[ROW_BENEFIT]),
                RawValues.code(values[ROW_AMOUNT_TYPE]), RawValues.amount(values[ROW_GROSS]),
                RawValues.amount(values[ROW_TAX]), RawValues.amount(values[ROW_DEDUCTION]),
                RawValues.integer(values[ROW_DAYS]), RawValues.integer(values[ROW_HOURS]),
                RawValues.period(values[ROW_PERIOD]), RawValues.fraction(values[ROW_EXTENT]));
    }

    /**
     * Reads an object's properties into {@code firsts} by index (the rows' property, if any, into
     * the rows); returns whether the details would have held anything of it.
     */
    private boolean fields(JsonInput p, JsonTypeModel model, Object[] firsts, int rowsIndex) throws IOException {
        Arrays.fill(firsts, null);
        boolean any = false;
        JsonTypeModel.Property property = null;
        while ((property = model.next(p, property)) != null) {
            JsonToken value = p.nextToken();
            any |= property.index() == rowsIndex ? rows(p, value, property) : first(p, value, property, firsts);
        }
        JsonDetailsReader.expectEnd(p.currentToken());
        return any;
    }

    /**
     * Reads a property's value or array of values as the details would hold them and keeps the
     * first; returns whether there was any.
     */
    private boolean first(JsonInput p, JsonToken token, JsonTypeModel.Property property, Object[] firsts)
            throws IOException {
        if (token == JsonToken.START_ARRAY) {
            boolean any = false;
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (item == null) {
                    throw new IOException("the answer ends inside an array");
                }
                any |= first(p, item, property, firsts);
            }
            return any;
        }
        Object value = values.readOne(p, token, property);
        if (value == null) {
            return false;
        }
        if (firsts[property.index()] == null) {
            firsts[property.index()] = value instanceof LocalDate[] days ? days[0] : value;
        }
        return true;
    }

    private static int index(JsonTypeModel model, String name) {
        JsonTypeModel.Property property = model.property(name);
        if (property == null) {
            throw new IllegalStateException("the version 9 model has no property " + name);
        }
        return property.index();
    }
}
