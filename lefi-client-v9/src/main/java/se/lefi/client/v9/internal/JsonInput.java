package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The pull reader the version 9 decoder reads an answer with: the few calls of Jackson's
 * {@link JsonParser} it needs, so that a UTF-8 answer goes through {@link Utf8JsonReader} and
 * anything else through Jackson ({@link #jackson}) without the decoder telling them apart.
 * Tokens and number types are Jackson's enums; nothing else of Jackson shows.
 *
 * <pre>{@code
 * try (JsonInput input = Utf8JsonReader.open(body)) {
 *     JsonToken first = input.nextToken();
 * }
 * }</pre>
 */
abstract class JsonInput implements Closeable {

    /**
     * Reads the next token.
     *
     * @return the token, or null at the end of the input
     * @throws IOException when the input is not well-formed JSON or breaks a limit
     */
    abstract JsonToken nextToken() throws IOException;

    /** @return the token the reader stands on, or null before the first and after the last */
    abstract JsonToken currentToken();

    /**
     * Reads the next token and tells whether it is the given name: the reader compares the name's
     * bytes instead of looking the name up, which is cheap when the caller guesses well.
     *
     * @param name the expected name
     * @return true when the next token is a {@code FIELD_NAME} of that name
     * @throws IOException when the input is not well-formed JSON or breaks a limit
     */
    abstract boolean nextFieldName(SerializedString name) throws IOException;

    /** @return the name of the current {@code FIELD_NAME} */
    abstract String currentName() throws IOException;

    /**
     * Skips what the current {@code START_OBJECT} or {@code START_ARRAY} holds, leaving the reader
     * on its end; does nothing on any other token.
     *
     * @throws IOException when the input is not well-formed JSON or breaks a limit
     */
    abstract void skipChildren() throws IOException;

    /** @return the current scalar's text (a number's digits, {@code true}, {@code false}) */
    abstract String getText() throws IOException;

    /** @return the buffer holding the current scalar's text; valid until the next token */
    abstract char[] getTextCharacters() throws IOException;

    /** @return where the text starts in {@link #getTextCharacters()} */
    abstract int getTextOffset() throws IOException;

    /** @return the text's length */
    abstract int getTextLength() throws IOException;

    /** @return the current number's type: INT, LONG or BIG_INTEGER for an integer */
    abstract JsonParser.NumberType getNumberType() throws IOException;

    /** @return the current integer, when its type is INT */
    abstract int getIntValue() throws IOException;

    /** @return the current integer, when its type is INT or LONG */
    abstract long getLongValue() throws IOException;

    /** @return the current number, exactly */
    abstract BigDecimal getDecimalValue() throws IOException;

    @Override
    public abstract void close() throws IOException;

    /**
     * Reads through Jackson's parser.
     *
     * @param parser the parser
     * @return the reader
     */
    static JsonInput jackson(JsonParser parser) {
        return new JacksonInput(parser);
    }

    /** Jackson's parser behind this class's calls. */
    private static final class JacksonInput extends JsonInput {
        private final JsonParser p;

        JacksonInput(JsonParser parser) {
            this.p = parser;
        }

        @Override
        JsonToken nextToken() throws IOException {
            return p.nextToken();
        }

        @Override
        JsonToken currentToken() {
            return p.currentToken();
        }

        @Override
        boolean nextFieldName(SerializedString name) throws IOException {
            return p.nextFieldName(name);
        }

        @Override
        String currentName() throws IOException {
            return p.currentName();
        }

        @Override
        void skipChildren() throws IOException {
            p.skipChildren();
        }

        @Override
        String getText() throws IOException {
            return p.getText();
        }

        @Override
        char[] getTextCharacters() throws IOException {
            return p.getTextCharacters();
        }

        @Override
        int getTextOffset() throws IOException {
            return p.getTextOffset();
        }

        @Override
        int getTextLength() throws IOException {
            return p.getTextLength();
        }

        @Override
        JsonParser.NumberType getNumberType() throws IOException {
            return p.getNumberType();
        }

        @Override
        int getIntValue() throws IOException {
            return p.getIntValue();
        }

        @Override
        long getLongValue() throws IOException {
            return p.getLongValue();
        }

        @Override
        BigDecimal getDecimalValue() throws IOException {
            return p.getDecimalValue();
        }

        @Override
        public void close() throws IOException {
            p.close();
        }
    }
}
