package se.lefi.client.v9.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.model.Details;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.v9.internal.model.LefiExternFormansinformationSvar;

/**
 * Proves {@link Utf8JsonReader} reads what Jackson's parser (with {@link JsonLimits}' factory)
 * reads, token for token, and refuses what it refuses: on every sample whole and one byte per
 * read, on texts and names across buffer boundaries, at each limit, and on 6,000 seeded byte
 * mutations of a sample, where the only answers it may refuse and Jackson read are those with
 * bytes that are not UTF-8.
 */
class Utf8JsonReaderTest {

    private static final List<String> SAMPLES = List.of("01-svar-alla-listor.json", "02-svar-pm-avvikelser.json",
            "03-svar-defekter.json", "05-tillgangliga-informationstyper.json", "10-felsvar-400.json",
            "20-svar-typiskt.json", "21-svar-karensersattning.json", "22-svar-okanda-koder.json");

    @ParameterizedTest
    @ValueSource(strings = {"01-svar-alla-listor.json", "02-svar-pm-avvikelser.json", "03-svar-defekter.json",
            "05-tillgangliga-informationstyper.json", "10-felsvar-400.json", "20-svar-typiskt.json",
            "21-svar-karensersattning.json", "22-svar-okanda-koder.json"})
    void nextToken_whenSample_sameTokensAsJackson(String sample) throws IOException {
        byte[] json = sample(sample);

        List<String> ours = tokens(Utf8JsonReader.open(new ByteArrayInputStream(json)));

        assertThat(ours).isEqualTo(tokens(jackson(json))).hasSizeGreaterThan(5);
    }

    @Test
    void nextToken_whenOneBytePerRead_sameTokensAsJackson() throws IOException {
        for (String sample : SAMPLES) {
            byte[] json = sample(sample);

            List<String> ours = tokens(Utf8JsonReader.open(new OneByteAtATime(json)));

            assertThat(ours).as(sample).isEqualTo(tokens(jackson(json)));
        }
    }

    @Test
    void nextToken_whenTextsAndNamesCrossBufferBoundaries_sameTokensAsJackson() throws IOException {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 400; i++) {
            // Lengths that put multi-byte characters, escapes and closing quotes on every byte of a 16 KB buffer.
            String text = "å€😀\\u00e9\\n\\\"".repeat(i % 7) + "x".repeat(i * 37 % 1000);
            json.append(i == 0 ? "" : ",").append('"').append("namn").append("ö".repeat(i % 3)).append("y".repeat(i % 90))
                    .append(i).append("\":[\"").append(text).append("\",").append(i * 1234567L).append(",-0.5e-3,true,null]");
        }
        byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);

        assertThat(tokens(Utf8JsonReader.open(new ByteArrayInputStream(bytes)))).isEqualTo(tokens(jackson(bytes)));
        assertThat(tokens(Utf8JsonReader.open(new OneByteAtATime(bytes)))).isEqualTo(tokens(jackson(bytes)));
    }

    @Test
    void nextToken_whenNumbersOfEveryKind_sameValuesAsJackson() throws IOException {
        byte[] json = ("[0,-0,7,-7,2147483647,2147483648,-2147483648,-2147483649,9223372036854775807,"
                + "9223372036854775808,-9223372036854775808,-9223372036854775809,123456789012345678901234567890,"
                + "0.0,1.50,-1.25e+3,1E400,6.02e23,1e-7,0.1000]").getBytes(StandardCharsets.UTF_8);

        assertThat(tokens(Utf8JsonReader.open(new ByteArrayInputStream(json)))).isEqualTo(tokens(jackson(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":-}",
            "{\"a\":NaN}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":truex}", "{'a':1}", "{a:1}", "{\"a\":1,}",
            "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\":\"x\ty\"}", "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12G4\"}", "{\"a\":\"open}", "{\"a\":1", "{\"a\":[1,2}", "{\"a\":1]}", "// c\n{}",
            "{\"a\":/*c*/1}", "{\"a\":1}}", "]", "{\"a\":\"\\", "\"a\":1"})
    void nextToken_whenNotJson_refusedAsByJackson(String text) throws IOException {
        byte[] json = text.getBytes(StandardCharsets.UTF_8);

        assertThat(outcome(jackson(json)).error).as("Jackson").isTrue();
        assertThat(outcome(Utf8JsonReader.open(new ByteArrayInputStream(json))).error).isTrue();
    }

    @Test
    void nextToken_whenAtEachLimit_readsAndOneBeyondBreaksIt() throws IOException {
        String deep = "[".repeat(JsonLimits.MAX_NESTING_DEPTH) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH);
        String deeper = "[".repeat(JsonLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH + 1);
        String digits = "[" + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH) + "]";
        String tooManyDigits = "[" + "9".repeat(JsonLimits.MAX_NUMBER_LENGTH + 1) + "]";
        String text = "[\"" + "é".repeat(JsonLimits.MAX_STRING_LENGTH) + "\"]";
        String tooLong = "[\"" + "é".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\"]";

        for (String ok : List.of(deep, digits, text)) {
            assertThat(outcome(read(ok)).error).as(ok.substring(0, 10)).isFalse();
        }
        for (String beyond : List.of(deeper, tooManyDigits, tooLong)) {
            assertThatThrownBy(() -> tokens(read(beyond))).isInstanceOfSatisfying(JsonReadException.class,
                    e -> assertThat(e.limit()).isTrue());
        }
    }

    @Test
    void readQuery_whenAnswerBreaksLimit_protocolErrorNamesIt() {
        byte[] json = ("{\"formansinformation\":" + "[".repeat(100) + "]".repeat(100) + "}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> V9Exchange.readQuery(new IncomingMessage(200, Optional.of("application/json"),
                new ByteArrayInputStream(json)), null)).isInstanceOf(LefiProtocolException.class)
                .hasMessageContaining("breaks a JSON limit");
    }

    @Test
    void open_whenUtf16WithByteOrderMark_readsThroughJackson() throws IOException {
        String json = new String(sample("20-svar-typiskt.json"), StandardCharsets.UTF_8);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
        utf16.write(json.getBytes(StandardCharsets.UTF_16BE));

        JsonInput input = Utf8JsonReader.open(new ByteArrayInputStream(utf16.toByteArray()));

        assertThat(input).isNotInstanceOf(Utf8JsonReader.class);
        assertThat(tokens(input)).isEqualTo(tokens(jackson(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void open_whenUtf8ByteOrderMark_skipsIt() throws IOException {
        byte[] json = sample("20-svar-typiskt.json");
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);

        assertThat(tokens(Utf8JsonReader.open(new ByteArrayInputStream(withMark)))).isEqualTo(tokens(jackson(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "F5808080", "80", "C3", "E282", "FF"})
    void nextToken_whenNotUtf8_refused(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] json = new byte[bad.length + 4];
        json[0] = '[';
        json[1] = '"';
        System.arraycopy(bad, 0, json, 2, bad.length);
        json[json.length - 2] = '"';
        json[json.length - 1] = ']';

        assertThatThrownBy(() -> tokens(Utf8JsonReader.open(new ByteArrayInputStream(json))))
                .isInstanceOf(JsonReadException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void nextToken_whenSampleMutated_neverLaxerThanJacksonAndReadsAlike() throws IOException {
        byte[] base = sample("20-svar-typiskt.json");
        byte[] alphabet = "{}[]\":,\\ \t\n0123456789-+.eEtrufalsn/u'*#xé".getBytes(StandardCharsets.UTF_8);
        byte[] strange = {0, 0x1F, (byte) 0x80, (byte) 0xC0, (byte) 0xC3, (byte) 0xE2, (byte) 0xED, (byte) 0xF0,
            (byte) 0xF5, (byte) 0xFF};
        Random random = new Random(20261130L);
        int refusedByBoth = 0;
        int readByBoth = 0;
        for (int round = 0; round < 6000; round++) {
            byte[] json = mutate(base, random, alphabet, strange);

            Outcome jackson = outcome(jackson(json));
            Outcome ours = outcome(Utf8JsonReader.open(new ByteArrayInputStream(json)));

            String what = "mutation " + round;
            if (!ours.error) {
                assertThat(jackson.error).as(what + ": read by us, refused by Jackson").isFalse();
                assertThat(ours.tokens).as(what).isEqualTo(jackson.tokens);
                readByBoth++;
            } else if (!jackson.error) {
                assertThat(ours.message).as(what + ": refused by us only").contains("not valid UTF-8");
            } else {
                refusedByBoth++;
            }
        }
        assertThat(refusedByBoth).isGreaterThan(1000);
        assertThat(readByBoth).isGreaterThan(1000);
    }

    @Test
    void parse_whenSampleMutated_sameDetailsAsThroughJackson() throws IOException {
        byte[] base = sample("01-svar-alla-listor.json");
        byte[] alphabet = "{}[]\":,0123456789-.tfn\"".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(1130L);
        for (int round = 0; round < 1500; round++) {
            byte[] json = round == 0 ? base : mutate(base, random, alphabet, new byte[] {' '});

            Object ours = details(Utf8JsonReader.open(new ByteArrayInputStream(json)));
            Object jackson = details(jackson(json));

            if (!(ours instanceof Exception)) {
                assertThat(ours).as("mutation %d", round).isEqualTo(jackson);
            } else {
                assertThat(jackson).as("mutation %d", round).isInstanceOf(Exception.class);
            }
        }
    }

    private static Object details(JsonInput input) {
        try {
            return V9Exchange.parse(input, LefiExternFormansinformationSvar.class, new JsonDetailsReader());
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    private static byte[] mutate(byte[] base, Random random, byte[] alphabet, byte[] strange) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(base.length);
        int kind = random.nextInt(3);
        out.write(base, 0, at);
        byte b = random.nextInt(8) == 0 ? strange[random.nextInt(strange.length)] : alphabet[random.nextInt(alphabet.length)];
        if (kind != 2) {
            out.write(b);
        }
        int skip = kind == 0 ? 0 : 1;
        out.write(base, Math.min(base.length, at + skip), Math.max(0, base.length - at - skip));
        return out.toByteArray();
    }

    /** What a reader made of a document: its tokens, or that it refused it. */
    private record Outcome(List<String> tokens, boolean error, String message) {
    }

    private static Outcome outcome(JsonInput input) {
        try {
            return new Outcome(tokens(input), false, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, true, String.valueOf(e.getMessage()));
        }
    }

    /** Every token with what the decoder can ask of it, to the end of the input. */
    private static List<String> tokens(JsonInput input) throws IOException {
        List<String> out = new ArrayList<>();
        try (input) {
            JsonToken t;
            while ((t = input.nextToken()) != null) {
                StringBuilder s = new StringBuilder(t.name());
                switch (t) {
                    case FIELD_NAME -> s.append(' ').append(input.currentName());
                    case VALUE_STRING, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> s.append(' ').append(input.getText())
                            .append('|').append(new String(input.getTextCharacters(), input.getTextOffset(),
                                    input.getTextLength()));
                    case VALUE_NUMBER_INT -> {
                        JsonParser.NumberType type = input.getNumberType();
                        s.append(' ').append(input.getText()).append(' ').append(type).append(' ')
                                .append(input.getDecimalValue().toPlainString());
                        if (type == JsonParser.NumberType.INT) {
                            s.append(" int ").append(input.getIntValue());
                        }
                        if (type != JsonParser.NumberType.BIG_INTEGER) {
                            s.append(" long ").append(input.getLongValue());
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> s.append(' ').append(input.getText()).append(' ')
                            .append(input.getDecimalValue()).append('|').append(new String(input.getTextCharacters(),
                                    input.getTextOffset(), input.getTextLength()));
                    default -> {
                        // Structure tokens say all by their name.
                    }
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    private static JsonInput jackson(byte[] json) throws IOException {
        return JsonInput.jackson(JsonLimits.FACTORY.createParser(json));
    }

    private static JsonInput read(String json) throws IOException {
        return Utf8JsonReader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = Utf8JsonReaderTest.class.getResourceAsStream("/samples/9/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Hands out one byte per read, so every token crosses a read. */
    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
