package se.lefi.client.v9.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import se.lefi.client.model.Code;
import se.lefi.client.model.Fraction;

/**
 * Reads one of Försäkringskassan's payments straight from {@link Utf8JsonReader}'s bytes, with no
 * tokens in between, when it has the plain shape the service writes: known names, each once;
 * codes, amounts, periods and fractions as objects; days as {@code yyyy-MM-dd}; integers; texts
 * without escapes; the rows as an array of such objects. Payments are nearly all of a large
 * answer, and going through tokens cost more than building them (BENCHMARKS.md).
 *
 * <p>A scan never fails and never decides anything on its own. Anything outside that shape (an
 * escape, a null, an unknown or repeated name, an exponent, a text the window does not hold,
 * bytes that are not UTF-8, a syntax error) makes it give up before the reader has moved, and the
 * token path ({@link JsonPaymentReader}'s own) reads the same bytes and decides, errors included.
 * What it accepts it converts with the details reader's own tables and rules, so a payment comes
 * out equal either way; {@code PaymentScanTest} compares the two on samples and mutations.
 *
 * <p>Not thread-safe: one per answer.
 *
 * <pre>{@code
 * if (scan.payment(reader, payment, rowSink)) {
 *     // payment[] holds the payment's first values by property index, rows went to rowSink
 * }
 * }</pre>
 */
final class PaymentScan {

    /** What a scan wants in the buffer when a payment did not fit: many times a payment, half the reader's buffer. */
    static final int WINDOW = 8 * 1024;
    /** Objects a payment holds inside it at most on this path: rows, a row, a code in a row. */
    private static final int INNER_DEPTH = 3;
    private static final int MAX_INTEGER_DIGITS = 9;
    private static final int MAX_AMOUNT_DIGITS = 18;
    private static final int MAX_DECIMAL_LENGTH = 40;
    /** What {@link #afterValue} returns when the object or array closed. */
    private static final int CLOSED = -2;

    /** Receives each row of a payment. */
    interface RowSink {
        /**
         * Takes a row's first values, by the row model's property index.
         *
         * @param values the values; the array is reused for the next row
         * @return whether the row held anything
         */
        boolean row(Object[] values);

        /** Forgets the rows of an attempt that gave up. */
        void clear();
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final Integer[] SMALL = new Integer[32];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = i;
        }
    }

    /** Codes, amounts, periods and fractions by their bytes and model, with the value they made. */
    private static final int SHAPE_SLOTS = 1024;
    private static final int MAX_SHAPE = 256;

    /**
     * The table starts this small (an answer with a few payments needs no more) and grows once to
     * its full size when {@link #GROW_AFTER} values were new to it: most periods and amounts are new,
     * so a small answer would otherwise grow it at once.
     */
    private static final int FIRST_SLOTS = 32;
    private static final int GROW_AFTER = 128;
    /**
     * The tables keep a copy of each new value's bytes, which pays off only once values repeat:
     * the first payments of an answer are read without them.
     */
    private static final int REMEMBER_FROM = 4;

    private JsonTypeModel[] shapeModels = new JsonTypeModel[FIRST_SLOTS];
    private byte[][] shapeKeys = new byte[FIRST_SLOTS][];
    private Object[] shapeValues = new Object[FIRST_SLOTS];
    private int freshShapes;
    private final JsonDetailsReader values;
    private final JsonTypeModel payment;
    private final JsonTypeModel row;
    private final int rowsIndex;
    private final Object[] rowValues;
    private final Object[] parts = new Object[4];
    private final ScannedTexts texts;

    private byte[] b;
    private int end;
    /** Where an object or array ended, when {@link #afterValue} returned {@link #CLOSED}. */
    private int closedAt;
    private int payments;
    private boolean remember;

    /**
     * Creates the scan of one answer's payments.
     *
     * @param values the details reader whose tables and rules convert the values
     * @param payment the payment's model
     * @param row the row's model
     * @param rowsIndex the payment's property that holds the rows
     */
    PaymentScan(JsonDetailsReader values, JsonTypeModel payment, JsonTypeModel row, int rowsIndex) {
        this.values = values;
        this.payment = payment;
        this.row = row;
        this.rowsIndex = rowsIndex;
        this.rowValues = new Object[row.size()];
        this.texts = new ScannedTexts(values.texts());
    }

    /**
     * Reads the rest of the payment object the reader has just entered.
     *
     * @param reader the reader, on the payment's {@code START_OBJECT}; left on its {@code END_OBJECT}
     *     when this returns true, untouched otherwise
     * @param firsts where the payment's first values go, by property index
     * @param rows where each row goes
     * @return true when the payment was read and held something
     * @throws IOException when the answer cannot be read into the buffer
     */
    boolean payment(Utf8JsonReader reader, Object[] firsts, RowSink rows) throws IOException {
        if (reader.depth() + INNER_DEPTH > JsonLimits.MAX_NESTING_DEPTH) {
            return false;
        }
        remember = ++payments >= REMEMBER_FROM;
        int after = attempt(reader, firsts, rows);
        if (after < 0 && reader.limit() - reader.position() < WINDOW) {
            // Perhaps only the buffer ended inside the payment: once more with a whole window. Reading
            // ahead only then spares moving the buffer's bytes for every payment.
            rows.clear();
            reader.lookAhead(WINDOW);
            after = attempt(reader, firsts, rows);
        }
        if (after < 0 || !any(firsts)) {
            rows.clear();
            return false;
        }
        reader.objectReadTo(after);
        return true;
    }

    private int attempt(Utf8JsonReader reader, Object[] firsts, RowSink rows) {
        b = reader.window();
        end = reader.limit();
        Arrays.fill(firsts, null);
        return object(reader.position(), payment, firsts, rows);
    }

    /**
     * Reads an object's members after its brace: a shaped object's into {@link #parts}, any other's
     * into {@code into} (a payment's rows to {@code rows}); returns where it ended, or -1 to give up.
     */
    private int object(int at, JsonTypeModel model, Object[] into, RowSink rows) {
        if (model.size() > Long.SIZE) {
            return -1;
        }
        boolean shaped = model.shape() != JsonTypeModel.Shape.DETAILS;
        int p = space(at);
        if (p < 0 || b[p] == '}') {
            return -1;
        }
        long seen = 0;
        int guess = 0;
        while (true) {
            if (b[p] != '"') {
                return -1;
            }
            int index = name(p + 1, model, guess);
            if (index < 0 || (seen & 1L << index) != 0) {
                return -1;
            }
            seen |= 1L << index;
            guess = index + 1;
            p = space(p + 2 + model.nameBytes()[index].length);
            if (p < 0 || b[p] != ':') {
                return -1;
            }
            p = space(p + 1);
            if (p < 0) {
                return -1;
            }
            JsonTypeModel.Property property = model.properties()[index];
            if (shaped) {
                p = part(p, model, property);
            } else {
                p = model == payment && index == rowsIndex ? rows(p, rows) : member(p, property, into);
            }
            p = p < 0 ? -1 : afterValue(p, '}');
            if (p == CLOSED) {
                return closedAt;
            }
            if (p < 0) {
                return -1;
            }
        }
    }

    /** Finds the property whose name starts at {@code at}; -1 when the name is none of the model's. */
    private int name(int at, JsonTypeModel model, int guess) {
        byte[][] names = model.nameBytes();
        int count = names.length;
        int index = guess < count ? guess : 0;
        for (int tried = 0; tried < count; tried++) {
            byte[] name = names[index];
            int close = at + name.length;
            if (close < end && b[close] == '"' && same(name, at)) {
                return index;
            }
            if (++index == count) {
                index = 0;
            }
        }
        return -1;
    }

    /**
     * Compares a name with the bytes at {@code at}, eight or four at a time (the last block
     * overlapping the one before); the caller made sure the window holds them.
     */
    private boolean same(byte[] name, int at) {
        int n = name.length;
        if (n >= 8) {
            for (int i = 0; i < n - 8; i += 8) {
                if ((long) LONGS.get(b, at + i) != (long) LONGS.get(name, i)) {
                    return false;
                }
            }
            return (long) LONGS.get(b, at + n - 8) == (long) LONGS.get(name, n - 8);
        }
        if (n >= 4) {
            return (int) INTS.get(b, at) == (int) INTS.get(name, 0)
                    && (int) INTS.get(b, at + n - 4) == (int) INTS.get(name, n - 4);
        }
        for (int i = 0; i < n; i++) {
            if (b[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the rows' array; each row object goes to the sink. */
    private int rows(int at, RowSink rows) {
        if (b[at] != '[') {
            return -1;
        }
        int p = space(at + 1);
        if (p < 0) {
            return -1;
        }
        if (b[p] == ']') {
            return p + 1;
        }
        while (true) {
            if (b[p] != '{') {
                return -1;
            }
            Arrays.fill(rowValues, null);
            p = object(p + 1, row, rowValues, null);
            if (p < 0) {
                return -1;
            }
            rows.row(rowValues);
            p = afterValue(p, ']');
            if (p == CLOSED) {
                return closedAt;
            }
            if (p < 0) {
                return -1;
            }
        }
    }

    /**
     * Reads what follows a value in an object or array: the next item's place after a comma, or
     * {@link #CLOSED} with {@link #closedAt} just after the closing {@code closer}; -1 to give up.
     */
    private int afterValue(int at, char closer) {
        int p = space(at);
        if (p < 0) {
            return -1;
        }
        if (b[p] == closer) {
            closedAt = p + 1;
            return CLOSED;
        }
        return b[p] == ',' ? space(p + 1) : -1;
    }

    /** Reads one member's value as the details reader would and keeps it; -1 to give up. */
    private int member(int at, JsonTypeModel.Property property, Object[] into) {
        switch (property.kind()) {
            case STRUCTURE: {
                if (b[at] != '{') {
                    return -1;
                }
                JsonTypeModel model = property.structure();
                int close = remember ? flatEnd(at) : -1;
                int slot = -1;
                if (close > 0) {
                    slot = shapeSlot(at, close);
                    byte[] key = shapeKeys[slot];
                    if (shapeModels[slot] == model && Arrays.equals(key, 0, key.length, b, at, close)) {
                        // The same bytes made this value before: a payment repeats its codes, amounts and periods.
                        into[property.index()] = shapeValues[slot];
                        return close;
                    }
                }
                Arrays.fill(parts, null);
                int after = shaped(at + 1, model);
                if (after < 0) {
                    return -1;
                }
                Object value = shapedValue(model);
                into[property.index()] = value;
                if (slot >= 0 && after == close) {
                    if (++freshShapes == GROW_AFTER && shapeKeys.length == FIRST_SLOTS) {
                        shapeModels = new JsonTypeModel[SHAPE_SLOTS];
                        shapeKeys = new byte[SHAPE_SLOTS][];
                        shapeValues = new Object[SHAPE_SLOTS];
                        slot = shapeSlot(at, close);
                    }
                    shapeModels[slot] = model;
                    shapeKeys[slot] = Arrays.copyOfRange(b, at, close);
                    shapeValues[slot] = value;
                }
                return after;
            }
            case DATE_STRING:
            case DATE: {
                int after = day(at);
                into[property.index()] = lastDay;
                return after;
            }
            case INTEGER:
                return integer(at, into, property.index());
            default:
                return -1;
        }
    }

    /**
     * Finds the end of an object of scalars without reading it: just after its closing brace, or
     * -1 when it holds an escape, an object or an array, or runs past the window or
     * {@link #MAX_SHAPE} bytes.
     */
    private int flatEnd(int at) {
        int stop = Math.min(end, at + MAX_SHAPE);
        boolean inText = false;
        for (int p = at + 1; p < stop; p++) {
            byte c = b[p];
            if (c == '"') {
                inText = !inText;
            } else if (inText) {
                if (c == '\\') {
                    return -1;
                }
            } else if (c == '}') {
                return p + 1;
            } else if (c == '{' || c == '[') {
                return -1;
            }
        }
        return -1;
    }

    private int shapeSlot(int from, int to) {
        long hash = to - from;
        int p = from;
        for (; p + 8 <= to; p += 8) {
            hash = hash * 0x9E3779B97F4A7C15L + (long) LONGS.get(b, p);
        }
        for (; p < to; p++) {
            hash = hash * 31 + b[p];
        }
        hash ^= hash >>> 29;
        return (int) (hash ^ hash >>> 32) & (shapeKeys.length - 1);
    }

    /** Reads a code, amount, period or fraction object's parts into {@link #parts}; -1 to give up. */
    private int shaped(int at, JsonTypeModel model) {
        if (model.shape() == JsonTypeModel.Shape.DETAILS || model.size() > parts.length) {
            return -1;
        }
        return object(at, model, parts, null);
    }

    /** Reads one part's value into {@link #parts}, as the details reader would; -1 to give up. */
    private int part(int at, JsonTypeModel model, JsonTypeModel.Property property) {
        int index = property.index();
        if (!model.isPart(index)) {
            // Not part of what the object becomes (an amount's currency): read past a text, as the reader skips it.
            return b[at] == '"' ? text(at, false) : -1;
        }
        switch (model.shape()) {
            case CODE:
                return codePart(at, property);
            case AMOUNT:
                return amount(at, index);
            case PERIOD: {
                int after = day(at);
                parts[index] = lastDay;
                return after;
            }
            case FRACTION:
                return integer(at, parts, index);
            default:
                return -1;
        }
    }

    /** Reads a code's id or description into {@link #parts}, as the details reader would; -1 to give up. */
    private int codePart(int at, JsonTypeModel.Property property) {
        if (property.isCodeId() && b[at] != '"') {
            // A JSON integer's text is the id, as the details reader keeps it.
            int after = integerText(at);
            if (after > 0) {
                parts[property.index()] = digitsText;
            }
            return after;
        }
        if (property.kind() != JsonTypeModel.Kind.STRING || b[at] != '"') {
            return -1;
        }
        int after = text(at, true);
        parts[property.index()] = texts.text();
        return after;
    }

    private Object shapedValue(JsonTypeModel model) {
        switch (model.shape()) {
            case CODE: {
                int idIndex = model.part(JsonTypeModel.Part.ID);
                Object id = idIndex >= 0 && parts[idIndex] != null ? parts[idIndex]
                        : at(model.part(JsonTypeModel.Part.KOD));
                Object description = at(model.part(JsonTypeModel.Part.BESKRIVNING));
                return id == null ? null : values.code((String) id, (String) description);
            }
            case AMOUNT:
                return at(model.part(JsonTypeModel.Part.SUMMA));
            case PERIOD: {
                LocalDate start = (LocalDate) (at(model.part(JsonTypeModel.Part.FRAN)) != null
                        ? at(model.part(JsonTypeModel.Part.FRAN)) : at(model.part(JsonTypeModel.Part.FROM)));
                LocalDate stop = (LocalDate) (at(model.part(JsonTypeModel.Part.TILL)) != null
                        ? at(model.part(JsonTypeModel.Part.TILL)) : at(model.part(JsonTypeModel.Part.TOM)));
                return start == null && stop == null ? null : values.period(start, stop);
            }
            case FRACTION: {
                int n = at(model.part(JsonTypeModel.Part.TALJARE)) instanceof Integer i ? i : 0;
                int d = at(model.part(JsonTypeModel.Part.NAMNARE)) instanceof Integer i ? i : 0;
                return n == 0 && d == 0 ? null : new Fraction(n, d);
            }
            default:
                throw new IllegalStateException("not a shape: " + model.shape());
        }
    }

    private Object at(int index) {
        return index >= 0 ? parts[index] : null;
    }

    // --- values -------------------------------------------------------------------------------

    /** Reads a text at {@code at} through {@link #texts}; -1 to give up. */
    private int text(int at, boolean keep) {
        return texts.read(b, at, end, keep, remember);
    }

    /** The day {@link #day} read last. */
    private LocalDate lastDay;

    /** Reads a {@code yyyy-MM-dd} text into {@link #lastDay}; -1 for any other value. */
    private int day(int at) {
        lastDay = null;
        if (b[at] != '"' || at + 11 >= end || b[at + 11] != '"') {
            return -1;
        }
        LocalDate day = values.dates().isoDay(b, at + 1);
        if (day == null) {
            return -1;
        }
        lastDay = day;
        return at + 12;
    }

    /** Reads an integer that fits an int into {@code into[index]} as an {@link Integer}; -1 otherwise. */
    private int integer(int at, Object[] into, int index) {
        int after = integerDigits(at, MAX_INTEGER_DIGITS);
        if (after < 0) {
            return -1;
        }
        into[index] = boxed((int) number);
        return after;
    }

    /**
     * Boxes an int as {@link Integer#valueOf} does, small ones from a table of this class: with
     * {@code Integer.valueOf} the large answer's scan took 17 ms instead of 11 (JDK 17, profiled).
     */
    private static Integer boxed(int value) {
        return value >= 0 && value < SMALL.length ? SMALL[value] : Integer.valueOf(value);
    }

    /** Reads an integer's digits as text into {@link #digitsText}; -1 otherwise. */
    private int integerText(int at) {
        int after = integerDigits(at, MAX_AMOUNT_DIGITS);
        if (after < 0) {
            return -1;
        }
        digitsText = texts.digits(b, at, after - at);
        return after;
    }

    /** The text of the digits {@link #integerText} read last. */
    private String digitsText;

    /** Reads a JSON integer of at most {@code max} digits, not the start of a fraction or exponent; -1 otherwise. */
    private int integerDigits(int at, int max) {
        int after = digits(at, max);
        return after < 0 || b[after] == '.' || b[after] == 'e' || b[after] == 'E' ? -1 : after;
    }

    /** Reads an amount's sum: a whole number through the reader's table, a decimal exactly; -1 otherwise. */
    private int amount(int at, int index) {
        int after = digits(at, MAX_AMOUNT_DIGITS);
        if (after < 0) {
            return -1;
        }
        if (after < end && (b[after] == 'e' || b[after] == 'E')) {
            return -1;
        }
        if (after < end && b[after] == '.') {
            int p = after + 1;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            if (p == after + 1 || p >= end || p - at > MAX_DECIMAL_LENGTH || b[p] == 'e' || b[p] == 'E') {
                return -1;
            }
            parts[index] = new BigDecimal(new String(b, at, p - at, StandardCharsets.ISO_8859_1));
            return p;
        }
        parts[index] = values.wholeAmount(number);
        return after;
    }

    /** The value of the digits {@link #digits} read last. */
    private long number;

    /**
     * Reads an optional minus and the digits of a JSON integer (no leading zero), at most
     * {@code max} of them, into {@link #number}; returns where they end, or -1.
     */
    private int digits(int at, int max) {
        int p = at;
        boolean negative = p < end && b[p] == '-';
        if (negative) {
            p++;
        }
        int first = p;
        long value = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            if (p - first == max) {
                return -1;
            }
            value = value * 10 + (b[p] - '0');
            p++;
        }
        int count = p - first;
        if (count == 0 || count > 1 && b[first] == '0' || p >= end) {
            return -1;
        }
        number = negative ? -value : value;
        return p;
    }

    /** Skips JSON white space; returns the next byte's place, or -1 at the window's end. */
    private int space(int at) {
        int p = at;
        while (p < end) {
            byte c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return p;
            }
            p++;
        }
        return -1;
    }

    private static boolean any(Object[] values) {
        for (Object value : values) {
            if (value != null) {
                return true;
            }
        }
        return false;
    }
}
