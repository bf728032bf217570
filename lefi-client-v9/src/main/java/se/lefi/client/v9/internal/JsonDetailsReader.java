package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.AssembledPayments;
import se.lefi.client.internal.formansinformation.MalformedAnswerException;
import se.lefi.client.internal.model.DetailsArrays;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;

/**
 * Reads one JSON object of a class generated from the version 9 spec straight from a pull reader
 * ({@link JsonInput}: the SDK's {@link Utf8JsonReader}, or Jackson's parser for an answer in
 * UTF-16 or UTF-32) into {@link Details}, in the shapes the SOAP versions' decoder gives: the
 * shared value types ({@code LefiSifferkod}/{@code LefiBokstavskod} → {@link Code},
 * {@code LefiBelopp} → its {@code summa} as {@link BigDecimal}, {@code LefiFranTill} and the PM
 * periods → {@link DatePeriod}, {@code LefiOmfattning} → {@link Fraction}), dates in every form of
 * the contract, {@code personnummer} as {@link Personnummer}, and an empty object absent.
 *
 * <p>It is lenient where the published spec and the service disagree: unknown properties are
 * skipped, every enum is open (values are kept as text), an array where an object is declared
 * gives each item and an object where an array is declared one item, a code object where text is
 * declared gives the code, and a value that cannot be converted (a date that is no date) is kept
 * as text rather than failing the answer. Amounts are read from the number's text, never
 * through {@code double}. Only a personnummer that is not one fails, as it does for the SOAP
 * versions.
 *
 * <p>Not thread-safe: one instance reads one answer, sharing one {@link Code} instance between the
 * repeats of a code in it, and likewise one instance of a repeated text, day, period or whole
 * amount; texts, dates and numbers are read from the parser's buffer, and a code, amount, period
 * or fraction is built from its parts without a map in between. Plain details collect their
 * values in {@link DetailsSlots} by property index, one set per nesting depth, and objects of one
 * class that deliver the same names share one names array ({@link SharedNames}). Made with
 * {@code assemblePayments}, it hands Försäkringskassan's payments to a {@link JsonPaymentReader},
 * which builds them without details ({@link #assembled()}), most of them read straight from the
 * bytes ({@link PaymentScan}). (The shape rules
 * duplicate what is moving into {@code lefi-client-formansinformation}'s codec-neutral
 * {@code SharedValueTypes}; once that is on main this class should use it.)
 *
 * <pre>{@code
 * JsonDetailsReader reader = new JsonDetailsReader();
 * parser.nextToken();                                       // START_OBJECT
 * Details svar = reader.read(parser, LefiExternFormansinformationSvar.class);
 * }</pre>
 */
final class JsonDetailsReader {

    /** Codes by id and description; starts small and grows fourfold, as the other tables do. */
    private Code[] codes = new Code[16];
    private int freshCodes;
    private final JsonTexts texts = new JsonTexts();
    private final JsonDates dates = new JsonDates();
    // The repeat tables start small (a small answer has few values) and grow once to 256 places
    // when 32 values have been new to them.
    private DatePeriod[] periods = new DatePeriod[32];
    private BigDecimal[] amounts = new BigDecimal[32];
    private long[] amountKeys = new long[32];
    private int freshPeriods;
    private int freshAmounts;
    private Parts spare = new Parts();
    /** One set of slots per nesting depth of plain details, reused for every object at that depth. */
    private DetailsSlots[] frames = new DetailsSlots[16];
    private int depth;
    /** The names arrays last made for each model, shared by every object that delivers the same names. */
    private final SharedNames names = new SharedNames();
    /** Builds Försäkringskassan's payments while reading, or null to leave them in the details. */
    private final JsonPaymentReader payments;

    /** @return how many payments were read straight from the bytes ({@link PaymentScan}) */
    int scannedPayments() {
        return payments == null ? 0 : payments.scanned();
    }

    /** @return the reader's text table, shared with the payments' scan */
    JsonTexts texts() {
        return texts;
    }

    /** @return the reader's day table, shared with the payments' scan */
    JsonDates dates() {
        return dates;
    }

    /** Creates a reader that leaves every value in the details. */
    JsonDetailsReader() {
        this(false);
    }

    /**
     * Creates a reader.
     *
     * @param assemblePayments whether Försäkringskassan's payments are built while reading
     *     ({@link #assembled()}) instead of being left in the details
     */
    JsonDetailsReader(boolean assemblePayments) {
        this(assemblePayments, true);
    }

    /**
     * Creates a reader, with or without the byte scan of plain payments (tests compare the two).
     *
     * @param assemblePayments whether Försäkringskassan's payments are built while reading
     * @param scanPayments whether plain payments are read straight from the bytes ({@link PaymentScan})
     */
    JsonDetailsReader(boolean assemblePayments, boolean scanPayments) {
        this.payments = assemblePayments ? new JsonPaymentReader(this, scanPayments) : null;
    }

    /**
     * Returns the payments built while reading.
     *
     * @return them, or none when this reader leaves payments in the details
     */
    AssembledPayments assembled() {
        return payments == null ? AssembledPayments.NONE : payments.assembled();
    }

    /**
     * Reads the object the parser stands on.
     *
     * @param parser positioned on {@code START_OBJECT}; left on its {@code END_OBJECT}
     * @param type the generated class the object is an instance of
     * @return its details, empty when it holds nothing
     * @throws IOException when the JSON is malformed or breaks a limit
     */
    Details read(JsonInput parser, Class<?> type) throws IOException {
        Object value = readObject(parser, JsonTypeModel.of(type));
        return value instanceof Details d ? d : Details.empty();
    }

    private Object readObject(JsonInput p, JsonTypeModel model) throws IOException {
        if (model.shape() == JsonTypeModel.Shape.DETAILS) {
            if (depth == frames.length) {
                frames = Arrays.copyOf(frames, depth * 2);
            }
            DetailsSlots slots = frames[depth];
            if (slots == null) {
                slots = new DetailsSlots();
                frames[depth] = slots;
            }
            depth++;
            slots.start(model);
            JsonTypeModel.Property property = null;
            while ((property = model.next(p, property)) != null) {
                JsonToken value = p.nextToken();
                if (payments != null && payments.takes(model, property)) {
                    payments.read(p, value, property);
                    continue;
                }
                readValues(p, value, property, slots, null);
            }
            expectEnd(p.currentToken());
            depth--;
            return slots.finish(model, names);
        }
        // Shaped objects hold scalars only, so one holder per reader serves them all; a nested one
        // (only possible through a lenient path) gets its own.
        Parts parts = spare != null ? spare : new Parts();
        spare = null;
        parts.clear();
        JsonTypeModel.Property property = null;
        while ((property = model.next(p, property)) != null) {
            JsonToken value = p.nextToken();
            if (!model.isPart(property.index())) {
                // Not a part of what the object becomes (an amount's currency): its value is never read.
                p.skipChildren();
                continue;
            }
            readValues(p, value, property, null, parts);
        }
        expectEnd(p.currentToken());
        Object shaped = shaped(model, parts);
        spare = parts;
        return shaped;
    }

    static void expectEnd(JsonToken token) throws IOException {
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("the answer is not well-formed JSON");
        }
    }

    /** Reads a property's value or array of values into the slots, or the first one into parts. */
    private void readValues(JsonInput p, JsonToken token, JsonTypeModel.Property property, DetailsSlots slots,
            Parts parts) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (item == null) {
                    throw new IOException("the answer ends inside an array");
                }
                readValues(p, item, property, slots, parts);
            }
            return;
        }
        if (parts != null && parts.has(property.index())) {
            // Only the first value of a shaped object's part counts: later ones are not converted at all.
            p.skipChildren();
            return;
        }
        Object value = parts != null && token == JsonToken.VALUE_NUMBER_INT && property.kind() == JsonTypeModel.Kind.INTEGER
                && property.isCodeId()
                // A JSON integer's text is canonical, so it is the id's text without an Integer in between.
                ? texts.of(p) : readOne(p, token, property);
        if (value == null) {
            return;
        }
        if (slots != null) {
            slots.add(property.index(), value instanceof LocalDate[] days ? days[0] : value);
        } else {
            parts.putIfAbsent(property.index(), value);
        }
    }

    /**
     * Reads one value of a property as the details hold it: null for JSON null, an empty object
     * or a blank text.
     */
    Object readOne(JsonInput p, JsonToken token, JsonTypeModel.Property property) throws IOException {
        switch (token) {
            case VALUE_NULL:
                return null;
            case START_OBJECT:
                return property.kind() == JsonTypeModel.Kind.STRUCTURE ? readObject(p, property.structure())
                        : looseCode(p);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(p, token, property);
            default:
                throw new IOException("the answer is not well-formed JSON");
        }
    }

    private Object scalar(JsonInput p, JsonToken token, JsonTypeModel.Property property) throws IOException {
        switch (property.kind()) {
            case PERSONNUMMER:
                return personnummer(p.getText());
            case DATE_STRING:
            case DATE: {
                if (token == JsonToken.VALUE_STRING) {
                    Object days = dates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (days != null) {
                        return days;
                    }
                }
                return texts.orNull(p);
            }
            case INTEGER:
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    return p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue()
                            : p.getDecimalValue();
                }
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return p.getDecimalValue();
                }
                return integerText(p.getText());
            case DECIMAL:
                if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    // An integer (most amounts are whole kronor) straight from the parser's digits.
                    return wholeAmount(p.getLongValue());
                }
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    // From the number's own text: exact, never through double.
                    return p.getDecimalValue();
                }
                return decimalText(p.getText());
            case BOOLEAN:
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    return token == JsonToken.VALUE_TRUE;
                }
                return switch (p.getText().trim()) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> null;
                };
            case DATE_TIME: {
                String text = p.getText();
                try {
                    return OffsetDateTime.parse(text.trim());
                } catch (DateTimeParseException e) {
                    return blankToNull(text);
                }
            }
            default:
                // Text, an open enum, or a scalar where an object was declared: kept as delivered.
                return texts.orNull(p);
        }
    }

    /** Reads an object where the spec declares text (such as {@code ersattning}): a code if it has an id. */
    private Code looseCode(JsonInput p) throws IOException {
        String id = null;
        String description = null;
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                if (name.equals("id") || name.equals("kod")) {
                    id = p.getText();
                } else if (name.equals("beskrivning")) {
                    description = p.getText();
                }
            } else {
                p.skipChildren();
            }
        }
        expectEnd(token);
        return id == null ? null : code(id, description);
    }

    private Object shaped(JsonTypeModel model, Parts parts) {
        switch (model.shape()) {
            case CODE: {
                int idIndex = model.part(JsonTypeModel.Part.ID);
                Object id = parts.has(idIndex) ? parts.get(idIndex) : parts.get(model.part(JsonTypeModel.Part.KOD));
                Object description = parts.get(model.part(JsonTypeModel.Part.BESKRIVNING));
                return id == null ? null : code(text(id), description == null ? null : text(description));
            }
            case AMOUNT: {
                Object sum = parts.get(model.part(JsonTypeModel.Part.SUMMA));
                return sum instanceof BigDecimal d ? d : sum instanceof Integer i ? BigDecimal.valueOf(i) : null;
            }
            case PERIOD: {
                int fran = model.part(JsonTypeModel.Part.FRAN);
                int till = model.part(JsonTypeModel.Part.TILL);
                LocalDate start = day(parts.has(fran) ? parts.get(fran) : parts.get(model.part(JsonTypeModel.Part.FROM)), 0);
                LocalDate end = day(parts.has(till) ? parts.get(till) : parts.get(model.part(JsonTypeModel.Part.TOM)), 1);
                if (start == null && end == null) {
                    return null;
                }
                return period(start, end);
            }
            case FRACTION: {
                int n = parts.get(model.part(JsonTypeModel.Part.TALJARE)) instanceof Integer i ? i : 0;
                int d = parts.get(model.part(JsonTypeModel.Part.NAMNARE)) instanceof Integer i ? i : 0;
                return n == 0 && d == 0 ? null : new Fraction(n, d);
            }
            default:
                throw new IllegalStateException("not a shape: " + model.shape());
        }
    }

    /** Hands out the same amount for the same whole number: an answer repeats its rates and sums. */
    BigDecimal wholeAmount(long value) {
        int hash = (int) (value ^ (value >>> 32)) * 0x9E3779B9;
        int slot = hash >>> (32 - Integer.numberOfTrailingZeros(amounts.length));
        BigDecimal known = amounts[slot];
        if (known != null && amountKeys[slot] == value) {
            return known;
        }
        BigDecimal amount = BigDecimal.valueOf(value);
        if (++freshAmounts == 32 && amounts.length == 32) {
            amounts = new BigDecimal[256];
            amountKeys = new long[256];
            slot = hash >>> 24;
        }
        amounts[slot] = amount;
        amountKeys[slot] = value;
        return amount;
    }

    /** Hands out the same period for the same days: a payment and its rows usually share one. */
    DatePeriod period(LocalDate start, LocalDate end) {
        int slot = (Objects.hashCode(start) * 31 + Objects.hashCode(end)) & (periods.length - 1);
        DatePeriod known = periods[slot];
        if (known != null && Objects.equals(known.from().orElse(null), start)
                && Objects.equals(known.to().orElse(null), end)) {
            return known;
        }
        DatePeriod period = new DatePeriod(Optional.ofNullable(start), Optional.ofNullable(end));
        if (++freshPeriods == 32 && periods.length == 32) {
            periods = new DatePeriod[256];
            slot = (Objects.hashCode(start) * 31 + Objects.hashCode(end)) & 255;
        }
        periods[slot] = period;
        return period;
    }

    private static LocalDate day(Object value, int end) {
        return value instanceof LocalDate day ? day : value instanceof LocalDate[] days ? days[end] : null;
    }

    /**
     * Hands out the same code for the same id and description. The texts come from
     * {@link JsonTexts}, so a repeat is usually the very same strings and is found without
     * comparing characters.
     */
    Code code(String id, String description) {
        String text = description == null ? "" : description;
        int slot = (id.hashCode() * 31 + text.hashCode()) & (codes.length - 1);
        Code known = codes[slot];
        if (known != null && same(known.id(), id) && same(known.description(), text)) {
            return known;
        }
        Code code = new Code(id, text);
        if (++freshCodes == codes.length / 2 && codes.length < 256) {
            codes = new Code[codes.length * 4];
            freshCodes = 0;
            slot = (id.hashCode() * 31 + text.hashCode()) & (codes.length - 1);
        }
        codes[slot] = code;
        return code;
    }

    private static boolean same(String known, String text) {
        return known == text || known.equals(text);
    }

    private static String text(Object value) {
        return value instanceof Code c ? c.id() : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Object integerText(String text) {
        String t = text.trim();
        try {
            return Integer.valueOf(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return blankToNull(text);
        }
    }

    private static Object decimalText(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > JsonLimits.MAX_NUMBER_LENGTH) {
            return blankToNull(text);
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Personnummer personnummer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Personnummer.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException("the answer holds a personnummer that is not valid: " + e.getMessage());
        }
    }

    /**
     * The parts of one shaped object (a code, an amount, a period, a fraction) by property index:
     * a shaped class has at most four properties; the first value of each counts.
     */
    private static final class Parts {
        private final Object[] values = new Object[4];

        void clear() {
            Arrays.fill(values, null);
        }

        boolean has(int index) {
            return index >= 0 && index < values.length && values[index] != null;
        }

        Object get(int index) {
            return index >= 0 && index < values.length ? values[index] : null;
        }

        void putIfAbsent(int index, Object value) {
            if (index < values.length && values[index] == null) {
                values[index] = value;
            }
        }
    }
}
