package se.lefi.client.v9.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lefi.client.model.Details;
import se.lefi.client.v9.internal.model.LefiUtbetalningUppgift;

/**
 * Proves that the reader's tables of repeated values (texts, days) give every value back exactly
 * while they grow and while texts collide in a slot, and that a shaped object's other properties
 * (an amount's currency) are skipped whatever their shape.
 */
class JsonValueTablesTest {

    @Test
    void of_whenThousandsOfTextsRepeatAndCollide_givesEachTextBack() throws IOException {
        List<String> expected = new ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 6_000; i++) {
            // Same length, first, middle and last character: they share a slot.
            String text = i % 3 == 0 ? "Försäkringskassan" : "a" + (i % 1_500) + "-" + (i % 7) + "z";
            expected.add(text);
            json.append(i == 0 ? "" : ",").append('"').append(text).append('"');
        }
        JsonInput p = Utf8JsonReader.open(new java.io.ByteArrayInputStream(json.append(']').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        p.nextToken();
        JsonTexts texts = new JsonTexts();
        List<String> read = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            read.add(texts.of(p));
        }

        assertThat(read).isEqualTo(expected);
        assertThat(read.get(3)).isSameAs(read.get(6));
    }

    @Test
    void parse_whenThousandsOfDaysRepeat_givesEachDayBack() {
        JsonDates dates = new JsonDates();
        LocalDate first = LocalDate.of(1990, 1, 1);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 12_000; i += round + 1) {
                LocalDate day = first.plusDays(i);
                char[] text = ("  " + day + " ").toCharArray();

                assertThat(dates.parse(text, 0, text.length)).isEqualTo(day);
            }
        }
    }

    @Test
    void read_whenAmountsCurrencyHasAnyShape_readsTheSum() throws IOException {
        String payment = "{\"bruttobelopp\": {\"valuta\": {\"kod\": \"SEK\"}, \"summa\": 100},"
                + " \"skattebelopp\": {\"summa\": 30, \"valuta\": [1, {\"x\": [null]}]},"
                + " \"nettobelopp\": {\"valuta\": null, \"summa\": \"70.50\", \"valuta\": 7}}";
        JsonInput p = Utf8JsonReader.open(new java.io.ByteArrayInputStream(payment.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        p.nextToken();

        Details details = new JsonDetailsReader().read(p, LefiUtbetalningUppgift.class);

        assertThat(details.amount("bruttobelopp")).contains(new BigDecimal("100"));
        assertThat(details.amount("skattebelopp")).contains(new BigDecimal("30"));
        assertThat(details.amount("nettobelopp")).contains(new BigDecimal("70.50"));
    }
}
