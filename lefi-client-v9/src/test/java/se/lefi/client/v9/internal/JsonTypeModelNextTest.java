package se.lefi.client.v9.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.lefi.client.v9.internal.model.LefiUtbetalningUppgift;

/**
 * Proves that {@link JsonTypeModel#next}, which first compares the name that followed last time
 * with the input's bytes and skips names the class has not, sees exactly the known names a plain
 * token loop sees: in every order, with
 * unknown and repeated names, escaped names, names split across the parser's buffer, and objects
 * whose order changes from one to the next.
 */
class JsonTypeModelNextTest {

    private static final JsonTypeModel PAYMENT = JsonTypeModel.of(LefiUtbetalningUppgift.class);

    @Test
    void next_whenObjectsChangeOrderAndHoldUnknownNames_seesWhatAPlainLoopSees() throws IOException {
        byte[] json = objects(new Random(20261130), 3_000).getBytes(StandardCharsets.UTF_8);

        List<String> plain = plainNames(JsonLimits.FACTORY.createParser(json));

        assertThat(modelNames(Utf8JsonReader.open(new java.io.ByteArrayInputStream(json)))).isEqualTo(plain);
        assertThat(modelNames(JsonInput.jackson(JsonLimits.FACTORY.createParser(json)))).isEqualTo(plain);
        assertThat(plain).contains("bruttobelopp", "utbetalningsdetalj");
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"okand0\"", "\"okand2\"");
    }

    @Test
    void next_whenInputArrivesOneByteAtATime_seesWhatAPlainLoopSees() throws IOException {
        byte[] json = objects(new Random(7), 200).getBytes(StandardCharsets.UTF_8);

        List<String> plain = plainNames(JsonLimits.FACTORY.createParser(json));

        assertThat(modelNames(Utf8JsonReader.open(new OneByteAtATime(json)))).isEqualTo(plain);
    }

    @Test
    void next_whenNameIsEscaped_findsTheProperty() throws IOException {
        byte[] json = "{\"typ\": 1, \"foret\\u0061g\": 2, \"d\\u0061tum\": \"2026-01-01\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(modelNames(Utf8JsonReader.open(new java.io.ByteArrayInputStream(("[" + new String(json, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8)))))
                .containsExactly("typ", "foretag", "datum", "}");
    }

    @Test
    void next_whenObjectIsEmpty_returnsNullOnItsEnd() throws IOException {
        JsonInput p = Utf8JsonReader.open(new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
        p.nextToken();

        assertThat(PAYMENT.next(p, null)).isNull();
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    }

    /** Objects of the payment's names, shuffled, some repeated, some unknown, values that look like names. */
    private static String objects(Random random, int count) {
        List<String> names = new ArrayList<>();
        for (JsonTypeModel.Property property : PAYMENT.properties()) {
            names.add(property.name());
        }
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            List<String> order = new ArrayList<>(names);
            if (random.nextInt(4) == 0) {
                Collections.shuffle(order, random);
            }
            json.append(i == 0 ? "{" : ",{");
            int written = 0;
            for (String name : order) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue;
                }
                if (written++ > 0) {
                    json.append(',');
                }
                if (roll == 1) {
                    json.append("\"okand").append(random.nextInt(3)).append("\":{\"typ\":[1,2]},");
                }
                json.append('"').append(name).append("\":");
                json.append(roll == 2 ? "{\"summa\":\"" + name + "\",\"valuta\":\"SEK\"}" : "\"" + name + "\"");
                if (roll == 3) {
                    json.append(",\"").append(name).append("\":null");
                }
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** The names of each object's properties as a plain token loop sees them, without names the class has not. */
    private static List<String> plainNames(JsonParser p) throws IOException {
        List<String> seen = new ArrayList<>();
        p.nextToken();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (PAYMENT.property(p.currentName()) != null) {
                    seen.add(p.currentName());
                }
                p.nextToken();
                p.skipChildren();
            }
            seen.add("}");
        }
        return seen;
    }

    private static List<String> modelNames(JsonInput p) throws IOException {
        List<String> seen = new ArrayList<>();
        p.nextToken();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonTypeModel.Property property = null;
            while ((property = PAYMENT.next(p, property)) != null) {
                seen.add(property.name());
                p.nextToken();
                p.skipChildren();
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            seen.add("}");
        }
        return seen;
    }

    /** Hands the parser one byte per read, so names straddle every buffer boundary. */
    private static final class OneByteAtATime extends InputStream {
        private final ByteArrayInputStream bytes;

        OneByteAtATime(byte[] data) {
            this.bytes = new ByteArrayInputStream(data);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return len == 0 ? 0 : bytes.read(b, off, 1);
        }
    }
}
