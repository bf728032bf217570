package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a JSON answer in UTF-8 straight from its bytes: the pull reader of version 9's decoder
 * for what the service sends. Names come from a small shared table as interned strings, so looking
 * a property up compares references; texts are decoded into one reused buffer; integers are read
 * as they are scanned. A name the caller expects ({@link #nextFieldName}) is compared byte for
 * byte, with no table at all. Its own buffer is what makes the payments' scan possible
 * ({@link PaymentScan}: {@link #window}, {@link #lookAhead}, {@link #objectReadTo}), which took
 * the large answer's decode from 18 to about 9 ms; Jackson's parser keeps its buffer to itself.
 *
 * <p>It reads RFC 8259 JSON exactly as strictly as the Jackson factory of {@link JsonLimits}: no
 * comments, no single quotes, no unquoted names, no trailing commas, no leading zeros, no
 * {@code NaN}, no control characters in texts, only JSON's escapes; nesting deeper than
 * {@link JsonLimits#MAX_NESTING_DEPTH}, a number longer than {@link JsonLimits#MAX_NUMBER_LENGTH}
 * or a text longer than {@link JsonLimits#MAX_STRING_LENGTH} characters breaks a limit. It is
 * stricter in two ways, both on purpose: bytes that are not UTF-8 by RFC 3629 (overlong forms,
 * surrogates, beyond U+10FFFF) fail, and the text limit holds for skipped values too. An answer
 * that starts with a UTF-16 or UTF-32 byte order mark or zero byte goes to Jackson ({@link #open}).
 *
 * <p>Not thread-safe: one instance reads one answer. Its byte and character buffers are kept per
 * thread and wiped as far as they were used when it is closed.
 *
 * <pre>{@code
 * try (JsonInput input = Utf8JsonReader.open(body)) {
 *     JsonToken first = input.nextToken();        // START_OBJECT
 * }
 * }</pre>
 */
final class Utf8JsonReader extends JsonInput {

    /** Jackson's default bound for a name; a name is no text of the contract. */
    static final int MAX_NAME_LENGTH = 50_000;

    private static final int BUFFER = 16 * 1024;
    private static final int TEXT = 512;
    /** Names of at most this many bytes are kept in {@link #NAMES}; a longer one is no contract name. */
    private static final int MAX_KEPT_NAME = 64;
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);
    /** Names seen, shared by every reader: an answer uses a few hundred distinct ones. */
    private static final Name[] NAMES = new Name[2048];

    private static final int ROOT = 0;
    private static final int ROOT_DONE = 1;
    private static final int OBJECT_FIRST = 2;
    private static final int OBJECT_NEXT = 3;
    private static final int VALUE = 4;
    private static final int ARRAY_FIRST = 5;
    private static final int ARRAY_NEXT = 6;

    private static final char[] TRUE = "true".toCharArray();
    private static final char[] FALSE = "false".toCharArray();
    private static final char[] NULL = "null".toCharArray();

    private final InputStream in;
    private final Buffers buffers;
    private byte[] buf;
    private int pos;
    private int end;
    private int highWater;
    private long consumed;
    private boolean eof;
    private char[] text;
    private int textLength;
    private int textHighWater;
    private JsonToken token;
    private String name;
    private int state = ROOT;
    private boolean[] inObject = new boolean[16];
    /** Per nesting level, the last name read and the first name of the last object. */
    private final Name[] lastName = new Name[Name.LEVELS];
    private final Name[] firstName = new Name[Name.LEVELS];
    private int depth;
    private JsonParser.NumberType numberType;
    private long longValue;

    private Utf8JsonReader(InputStream in) {
        this.in = in;
        Buffers pooled = BUFFERS.get();
        if (pooled.inUse) {
            // A reader opened while another on this thread is open gets buffers of its own.
            pooled = new Buffers();
        }
        pooled.inUse = true;
        this.buffers = pooled;
        this.buf = pooled.bytes;
        this.text = pooled.text;
    }

    /**
     * Opens a reader on an answer: this class for UTF-8 (with or without its byte order mark),
     * Jackson for an answer that starts like UTF-16 or UTF-32.
     *
     * @param in the answer's bytes
     * @return the reader
     * @throws IOException when the first bytes cannot be read
     */
    static JsonInput open(InputStream in) throws IOException {
        Utf8JsonReader reader = new Utf8JsonReader(in);
        try {
            while (reader.end < 4 && reader.fill()) {
                // The first four bytes tell the encoding.
            }
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        byte[] b = reader.buf;
        int n = reader.end;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            reader.pos = 3;
            return reader;
        }
        boolean wide = n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || n >= 1 && b[0] == 0 || n >= 2 && b[1] == 0;
        if (!wide) {
            return reader;
        }
        byte[] head = Arrays.copyOf(b, n);
        reader.release();
        return JsonInput.jackson(JsonLimits.FACTORY.createParser(
                new SequenceInputStream(new ByteArrayInputStream(head), in)));
    }

    @Override
    JsonToken nextToken() throws IOException {
        int c = peekNonSpace();
        switch (state) {
            case ROOT:
            case ROOT_DONE:
                // After the root value, more content is read as the start of another value, as Jackson
                // does; the decoder then refuses an answer that goes on after its object.
                return token = c < 0 ? null : value(c);
            case OBJECT_FIRST:
                if (c == '}') {
                    pos++;
                    return token = endContainer();
                }
                return token = name(c, null);
            case OBJECT_NEXT:
                if (c == '}') {
                    pos++;
                    return token = endContainer();
                }
                if (c != ',') {
                    throw unexpected(c, "',' or '}' after a value in an object");
                }
                pos++;
                return token = name(peekNonSpace(), null);
            case VALUE:
                return token = value(c);
            case ARRAY_FIRST:
                if (c == ']') {
                    pos++;
                    return token = endContainer();
                }
                return token = value(c);
            default:
                if (c == ']') {
                    pos++;
                    return token = endContainer();
                }
                if (c != ',') {
                    throw unexpected(c, "',' or ']' after a value in an array");
                }
                pos++;
                return token = value(peekNonSpace());
        }
    }

    @Override
    JsonToken currentToken() {
        return token;
    }

    @Override
    boolean nextFieldName(SerializedString expected) throws IOException {
        if (state != OBJECT_FIRST && state != OBJECT_NEXT) {
            nextToken();
            return false;
        }
        int c = peekNonSpace();
        if (c == '}') {
            pos++;
            token = endContainer();
            return false;
        }
        if (state == OBJECT_NEXT) {
            if (c != ',') {
                throw unexpected(c, "',' or '}' after a value in an object");
            }
            pos++;
            c = peekNonSpace();
        }
        token = name(c, expected);
        return name.equals(expected.getValue());
    }

    @Override
    String currentName() {
        return name;
    }

    @Override
    void skipChildren() throws IOException {
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int target = depth - 1;
        while (depth > target) {
            if (nextToken() == null) {
                throw error("the answer ends inside an object or array");
            }
        }
    }

    /**
     * Makes sure the buffer holds at least {@code ahead} bytes after the current position, unless
     * the answer ends first, so that a scan of what follows ({@link PaymentScan}) finds a whole
     * value in {@link #window()} between {@link #position()} and {@link #limit()}.
     *
     * @param ahead how many bytes are wanted, at most half the buffer
     * @throws IOException when the answer cannot be read
     */
    void lookAhead(int ahead) throws IOException {
        while (end - pos < ahead && !eof) {
            if (buf.length - pos < ahead && pos > 0) {
                highWater = Math.max(highWater, end);
                System.arraycopy(buf, pos, buf, 0, end - pos);
                consumed += pos;
                end -= pos;
                pos = 0;
            }
            if (!fill()) {
                return;
            }
        }
    }

    /** @return the buffer a scan reads; valid until the next call that reads */
    byte[] window() {
        return buf;
    }

    /** @return where the next byte to read is in {@link #window()} */
    int position() {
        return pos;
    }

    /** @return where the bytes read so far end in {@link #window()} */
    int limit() {
        return end;
    }

    /** @return how many objects and arrays the reader stands in */
    int depth() {
        return depth;
    }

    /**
     * Takes over after a scan that read the rest of the current object, its closing brace
     * included: the reader then stands on that object's {@code END_OBJECT}, as if it had read it.
     *
     * @param after where in {@link #window()} the scan stopped, just after the brace
     */
    void objectReadTo(int after) {
        if (token != JsonToken.START_OBJECT || after <= pos || after > end) {
            throw new IllegalStateException("a scan may only take over right after an object starts");
        }
        pos = after;
        token = endContainer();
    }

    @Override
    String getText() {
        return new String(text, 0, textLength);
    }

    @Override
    char[] getTextCharacters() {
        return text;
    }

    @Override
    int getTextOffset() {
        return 0;
    }

    @Override
    int getTextLength() {
        return textLength;
    }

    @Override
    JsonParser.NumberType getNumberType() {
        return numberType;
    }

    @Override
    int getIntValue() {
        return (int) longValue;
    }

    @Override
    long getLongValue() {
        return longValue;
    }

    @Override
    BigDecimal getDecimalValue() {
        if (token == JsonToken.VALUE_NUMBER_INT && numberType != JsonParser.NumberType.BIG_INTEGER) {
            return BigDecimal.valueOf(longValue);
        }
        return new BigDecimal(text, 0, textLength);
    }

    @Override
    public void close() throws IOException {
        release();
        in.close();
    }

    /** Wipes what the answer left in the thread's buffers and hands them back. */
    private void release() {
        if (!buffers.inUse) {
            return;
        }
        Arrays.fill(buffers.bytes, 0, Math.min(Math.max(highWater, end), buffers.bytes.length), (byte) 0);
        Arrays.fill(buffers.text, 0, Math.min(textHighWater, buffers.text.length), '\0');
        if (text.length <= JsonLimits.MAX_STRING_LENGTH + 2 && text.length > buffers.text.length) {
            // A longer text buffer is kept, wiped, for the thread's next answer.
            Arrays.fill(text, 0, Math.min(textHighWater, text.length), '\0');
            buffers.text = text;
        }
        buffers.inUse = false;
    }

    private JsonToken value(int c) throws IOException {
        switch (c) {
            case '{':
                pos++;
                push(true);
                state = OBJECT_FIRST;
                return JsonToken.START_OBJECT;
            case '[':
                pos++;
                push(false);
                state = ARRAY_FIRST;
                return JsonToken.START_ARRAY;
            case '"':
                pos++;
                readText(JsonLimits.MAX_STRING_LENGTH);
                afterValue();
                return JsonToken.VALUE_STRING;
            case 't':
                literal(TRUE);
                afterValue();
                return JsonToken.VALUE_TRUE;
            case 'f':
                literal(FALSE);
                afterValue();
                return JsonToken.VALUE_FALSE;
            case 'n':
                literal(NULL);
                afterValue();
                return JsonToken.VALUE_NULL;
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    JsonToken number = number();
                    afterValue();
                    return number;
                }
                throw unexpected(c, "a value");
        }
    }

    private void push(boolean object) throws JsonReadException {
        if (depth == JsonLimits.MAX_NESTING_DEPTH) {
            throw limit("the answer nests objects and arrays deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels");
        }
        if (depth == inObject.length) {
            inObject = Arrays.copyOf(inObject, depth * 2);
        }
        inObject[depth++] = object;
    }

    private JsonToken endContainer() {
        depth--;
        boolean object = inObject[depth];
        afterValue();
        return object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }

    private void afterValue() {
        state = depth == 0 ? ROOT_DONE : inObject[depth - 1] ? OBJECT_NEXT : ARRAY_NEXT;
    }

    private JsonToken name(int c, SerializedString expected) throws IOException {
        if (c != '"') {
            throw unexpected(c, "a name in double quotes");
        }
        pos++;
        name = expected != null && matches(expected.asUnquotedUTF8()) ? expected.getValue() : readName();
        int colon = peekNonSpace();
        if (colon != ':') {
            throw unexpected(colon, "':' after a name");
        }
        pos++;
        state = VALUE;
        return JsonToken.FIELD_NAME;
    }

    /**
     * Reads a name: first the one that followed the previous name at this depth last time (objects
     * of one class repeat their names in one order), then a short plain-ASCII one whole from the
     * buffer through the shared table, any other as a text.
     */
    private String readName() throws IOException {
        byte[] b = buf;
        int level = depth & (Name.LEVELS - 1);
        Name previous = state == OBJECT_FIRST ? null : lastName[level];
        Name guess = previous == null ? firstName[level] : previous.next[level];
        if (guess != null) {
            byte[] expected = guess.bytes;
            int length = expected.length;
            if (pos + length < end && b[pos + length] == '"' && same(expected, b, pos)) {
                pos += length + 1;
                lastName[level] = guess;
                return guess.string;
            }
        }
        int hash = 0;
        for (int p = pos, e = Math.min(end, pos + MAX_KEPT_NAME + 1); p < e; p++) {
            int c = b[p];
            if (c == '"') {
                Name known = name(b, pos, p - pos, hash);
                pos = p + 1;
                if (previous == null) {
                    firstName[level] = known;
                } else {
                    previous.next[level] = known;
                }
                lastName[level] = known;
                return known.string;
            }
            if (c < 0x20 || c == '\\') {
                break;
            }
            hash = 31 * hash + c;
        }
        readText(MAX_NAME_LENGTH);
        lastName[level] = null;
        return new String(text, 0, textLength);
    }

    /** Consumes the expected name and its closing quote when the buffer holds exactly them. */
    private boolean matches(byte[] expected) {
        int length = expected.length;
        if (pos + length < end && buf[pos + length] == '"' && same(expected, buf, pos)) {
            pos += length + 1;
            lastName[depth & (Name.LEVELS - 1)] = null;
            return true;
        }
        return false;
    }

    private static boolean same(byte[] expected, byte[] b, int from) {
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static Name name(byte[] b, int from, int length, int hash) {
        int slot = (hash ^ hash >>> 11) & (NAMES.length - 1);
        Name known = NAMES[slot];
        if (known != null && known.hash == hash && known.bytes.length == length && same(known.bytes, b, from)) {
            return known;
        }
        byte[] bytes = Arrays.copyOfRange(b, from, from + length);
        // Interned, as Jackson does by default: the contract's names are the generated classes' constants.
        Name name = new Name(bytes, hash, new String(bytes, StandardCharsets.US_ASCII).intern());
        NAMES[slot] = name;
        return name;
    }

    /** Reads a text after its opening quote into {@link #text}; at most {@code max} characters. */
    private void readText(int max) throws IOException {
        char[] out = text;
        int length = 0;
        while (true) {
            byte[] b = buf;
            int p = pos;
            int e = Math.min(end, p + (out.length - length));
            while (p < e) {
                byte c = b[p];
                // A byte outside printable ASCII is negative or below 0x20: both leave the fast loop.
                if (c < 0x20 || c == '"' || c == '\\') {
                    break;
                }
                out[length++] = (char) c;
                p++;
            }
            pos = p;
            if (length > max) {
                throw tooLong(max);
            }
            if (p == e) {
                if (p < end) {
                    out = grow(out, length, max);
                } else if (!fill()) {
                    throw error("the answer ends inside a text");
                }
                continue;
            }
            int c = b[p];
            pos = p + 1;
            if (c == '"') {
                break;
            }
            if (length + 2 > out.length) {
                out = grow(out, length, max);
            }
            if (c == '\\') {
                out[length++] = escape();
            } else if (c >= 0) {
                throw error("a text holds a control character that is not escaped");
            } else {
                length = utf8(out, length, c & 0xFF);
            }
        }
        if (length > max) {
            throw tooLong(max);
        }
        text = out;
        textLength = length;
        textHighWater = Math.max(textHighWater, length);
    }

    private char[] grow(char[] out, int length, int max) throws JsonReadException {
        if (length > max) {
            throw tooLong(max);
        }
        char[] bigger = Arrays.copyOf(out, Math.max(length + 2, Math.min(out.length * 2, max + 2)));
        text = bigger;
        return bigger;
    }

    private JsonReadException tooLong(int max) {
        return limit("a text or name is longer than " + max + " characters");
    }

    private char escape() throws IOException {
        int c = nextByte();
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(nextByte(), 16);
                    if (digit < 0) {
                        throw error("a \\u escape is not followed by four hexadecimal digits");
                    }
                    value = value << 4 | digit;
                }
                return (char) value;
            }
            case -1:
                throw error("the answer ends inside a text");
            default:
                throw error("a text holds an escape that JSON does not have");
        }
    }

    /** Decodes one character of two to four bytes; the caller made room for two chars. */
    private int utf8(char[] out, int length, int lead) throws IOException {
        int codePoint;
        int more;
        int least;
        if (lead >= 0xC2 && lead <= 0xDF) {
            codePoint = lead & 0x1F;
            more = 1;
            least = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            codePoint = lead & 0x0F;
            more = 2;
            least = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            codePoint = lead & 0x07;
            more = 3;
            least = 0x10000;
        } else {
            throw error("the answer is not valid UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int c = nextByte();
            if ((c & 0xC0) != 0x80) {
                throw error("the answer is not valid UTF-8");
            }
            codePoint = codePoint << 6 | c & 0x3F;
        }
        if (codePoint < least || codePoint > Character.MAX_CODE_POINT
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            throw error("the answer is not valid UTF-8");
        }
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            out[length++] = (char) codePoint;
        } else {
            out[length++] = Character.highSurrogate(codePoint);
            out[length++] = Character.lowSurrogate(codePoint);
        }
        return length;
    }

    private void literal(char[] word) throws IOException {
        for (char expected : word) {
            if (nextByte() != expected) {
                throw error("a word that is not true, false or null stands where a value belongs");
            }
        }
        System.arraycopy(word, 0, text, 0, word.length);
        textLength = word.length;
    }

    private JsonToken number() throws IOException {
        char[] out = text.length >= JsonLimits.MAX_NUMBER_LENGTH + 2 ? text
                : grow(text, 0, JsonLimits.MAX_NUMBER_LENGTH + 2);
        int length = 0;
        int c = peekByte();
        boolean negative = c == '-';
        if (negative) {
            out[length++] = '-';
            pos++;
            c = peekByte();
        }
        int digits = 0;
        long value = 0;
        if (c == '0') {
            out[length++] = '0';
            pos++;
            digits = 1;
            c = peekByte();
            if (c >= '0' && c <= '9') {
                throw error("a number starts with a leading zero");
            }
        } else if (c >= '1' && c <= '9') {
            while (c >= '0' && c <= '9') {
                if (length > JsonLimits.MAX_NUMBER_LENGTH) {
                    throw numberTooLong();
                }
                out[length++] = (char) c;
                pos++;
                if (++digits <= 18) {
                    value = value * 10 + (c - '0');
                }
                c = peekByte();
            }
        } else {
            throw error("a '-' is not followed by a digit");
        }
        boolean fraction = false;
        if (c == '.') {
            fraction = true;
            length = digitsAfter(out, length, '.');
            c = peekByte();
        }
        if (c == 'e' || c == 'E') {
            fraction = true;
            out[length++] = (char) c;
            pos++;
            c = peekByte();
            if (c == '+' || c == '-') {
                length = sign(out, length, c);
            }
            length = digitsAfter(out, length, -1);
        }
        textLength = length;
        textHighWater = Math.max(textHighWater, length);
        if (fraction) {
            if (length > JsonLimits.MAX_NUMBER_LENGTH) {
                throw numberTooLong();
            }
            numberType = JsonParser.NumberType.DOUBLE;
            return JsonToken.VALUE_NUMBER_FLOAT;
        }
        if (digits > JsonLimits.MAX_NUMBER_LENGTH) {
            throw numberTooLong();
        }
        if (digits <= 18) {
            longValue = negative ? -value : value;
            numberType = longValue >= Integer.MIN_VALUE && longValue <= Integer.MAX_VALUE
                    ? JsonParser.NumberType.INT : JsonParser.NumberType.LONG;
        } else if (digits == 19) {
            try {
                longValue = Long.parseLong(new String(out, 0, length));
                numberType = JsonParser.NumberType.LONG;
            } catch (NumberFormatException e) {
                numberType = JsonParser.NumberType.BIG_INTEGER;
            }
        } else {
            numberType = JsonParser.NumberType.BIG_INTEGER;
        }
        return JsonToken.VALUE_NUMBER_INT;
    }

    private int sign(char[] out, int length, int c) throws IOException {
        out[length] = (char) c;
        pos++;
        return length + 1;
    }

    /** Reads the digits after a '.' or an exponent's letter (and sign): at least one. */
    private int digitsAfter(char[] out, int length, int mark) throws IOException {
        if (mark >= 0) {
            out[length++] = (char) mark;
            pos++;
        }
        int c = peekByte();
        if (c < '0' || c > '9') {
            throw error("a number's '.' or exponent is not followed by a digit");
        }
        while (c >= '0' && c <= '9') {
            if (length > JsonLimits.MAX_NUMBER_LENGTH) {
                throw numberTooLong();
            }
            out[length++] = (char) c;
            pos++;
            c = peekByte();
        }
        return length;
    }

    private JsonReadException numberTooLong() {
        return limit("a number is longer than " + JsonLimits.MAX_NUMBER_LENGTH + " characters");
    }

    private int peekNonSpace() throws IOException {
        while (true) {
            byte[] b = buf;
            while (pos < end) {
                int c = b[pos] & 0xFF;
                if (c > ' ') {
                    return c;
                }
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return c;
                }
                pos++;
            }
            if (!fill()) {
                return -1;
            }
        }
    }

    private int peekByte() throws IOException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private int nextByte() throws IOException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** Reads more bytes after {@link #end}, first making room; false at the end of the answer. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos == end) {
            consumed += pos;
            highWater = Math.max(highWater, end);
            pos = 0;
            end = 0;
        } else if (end == buf.length) {
            if (pos > 0) {
                highWater = Math.max(highWater, end);
                System.arraycopy(buf, pos, buf, 0, end - pos);
                consumed += pos;
                end -= pos;
                pos = 0;
            } else {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    private JsonReadException unexpected(int c, String expected) {
        return error(c < 0 ? "the answer ends where " + expected + " belongs"
                : "an unexpected character stands where " + expected + " belongs");
    }

    private JsonReadException error(String what) {
        return new JsonReadException(what, false, consumed + pos);
    }

    private JsonReadException limit(String what) {
        return new JsonReadException(what, true, consumed + pos);
    }

    /**
     * One name of the shared table: its bytes, their hash, the interned string, and per nesting
     * level the name that followed it last time. The guesses are shared by every thread without
     * locking: a stale one only costs a comparison, since a guess is always checked byte by byte.
     */
    private static final class Name {
        static final int LEVELS = 16;
        final byte[] bytes;
        final int hash;
        final String string;
        final Name[] next = new Name[LEVELS];

        Name(byte[] bytes, int hash, String string) {
            this.bytes = bytes;
            this.hash = hash;
            this.string = string;
        }
    }

    /** A thread's buffers, lent to one reader at a time. */
    private static final class Buffers {
        private final byte[] bytes = new byte[BUFFER];
        private char[] text = new char[TEXT];
        private boolean inUse;
    }
}
