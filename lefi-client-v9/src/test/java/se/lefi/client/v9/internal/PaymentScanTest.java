package se.lefi.client.v9.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Details;
import se.lefi.client.v9.internal.model.LefiExternFormansinformationSvar;

/**
 * Proves that payments read straight from the bytes ({@link PaymentScan}) are the payments the
 * token path reads: the same model, or the same failure with the same message, on every sample, on
 * generated answers in three layouts, on texts and numbers at the edge of what the scan takes,
 * with the input arriving in small pieces, and on 6,000 seeded byte mutations; and that what the
 * SDK's reader accepts, Jackson reads alike. It also proves the scan ran, so that a scan that always
 * gives up cannot pass.
 */
class PaymentScanTest {

    private static final Personnummer QUERIED = Personnummer.parse("19840229-8452");

    @ParameterizedTest
    @ValueSource(strings = {"01-svar-alla-listor.json", "02-svar-pm-avvikelser.json", "03-svar-defekter.json",
            "20-svar-typiskt.json", "21-svar-karensersattning.json", "22-svar-okanda-koder.json"})
    void payment_whenSample_sameModelWithAndWithoutScanAndThroughJackson(String sample) throws IOException {
        byte[] answer = sample(sample);

        Outcome scanned = decode(answer, Input.OWN, true);

        assertThat(scanned).isEqualTo(decode(answer, Input.OWN, false)).isEqualTo(decode(answer, Input.JACKSON, false));
        assertThat(scanned.failure()).isNull();
    }

    @Test
    void payment_whenAllListsSample_bothPaymentListsScanned() throws IOException {
        Outcome scanned = decode(sample("01-svar-alla-listor.json"), Input.OWN, true);

        assertThat(scanned.scanned()).isEqualTo(2);
        assertThat(scanned.info().payments()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compact", "spaced", "pretty"})
    void payment_whenGeneratedAnswer_everyPaymentScannedAndSameModel(String layout) {
        byte[] answer = Answers.of(400, new Random(11), Layout.valueOf(layout.toUpperCase(java.util.Locale.ROOT)));

        Outcome scanned = decode(answer, Input.OWN, true);

        assertThat(scanned.failure()).isNull();
        assertThat(scanned.scanned()).isEqualTo(400);
        assertThat(scanned.info().payments()).hasSize(400);
        assertThat(scanned).isEqualTo(decode(answer, Input.OWN, false)).isEqualTo(decode(answer, Input.JACKSON, false));
    }

    @Test
    void payment_whenInputArrivesInSmallPieces_sameModelAndStillScanned() {
        byte[] answer = Answers.of(120, new Random(5), Layout.SPACED);

        Outcome byteByByte = decode(answer, Input.ONE_BYTE, true);
        Outcome sevenAtATime = decode(answer, Input.SEVEN_BYTES, true);

        assertThat(byteByByte.scanned()).isEqualTo(120);
        assertThat(sevenAtATime.scanned()).isEqualTo(120);
        assertThat(byteByByte).isEqualTo(decode(answer, Input.OWN, false)).isEqualTo(sevenAtATime);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // texts the scan gives up on, or converts itself
        "\"beskrivning\": \"F\\u00f6rs\\u00e4kringskassan\"", "\"beskrivning\": \"citat \\\" i text\"",
        "\"beskrivning\": \"emoji \uD83D\uDE00\"", "\"beskrivning\": \"   \"", "\"beskrivning\": \"\"",
        "\"beskrivning\": \"\u00e5\u00e4\u00f6 \u2013 \u20ac\"", "\"beskrivning\": null", "\"beskrivning\": 7",
        "\"beskrivning\": \"tab\there\"",
        // ids
        "\"id\": \"2\"", "\"id\": -5", "\"id\": 007", "\"id\": 2.5", "\"id\": 12345678901234567890", "\"id\": true",
        "\"id\": \" \"",
        // layout
        "\"beskrivning\"\t:\n\"x\"", "\"beskrivning\" : \"x\" , \"okand\" : 1", "\"id\": 1, \"id\": 2",
        "\"beskrivning\": \"x\",", "\"beskrivning\" \"x\""})
    void payment_whenCodeMemberVaries_sameOutcomeWithAndWithoutScan(String member) {
        String code = "{\"id\": 1001, " + member + "}";
        assertSameOutcome(Answers.single("\"foretag\": " + code));
        assertSameOutcome(Answers.single("\"utbetalningsdetalj\": [{\"forman\": " + code.replace("1001", "\"FP\"")
                + ", \"bruttobelopp\": {\"summa\": 10}}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1095", "-1095", "0", "-0", "1095.50", "1095.", "1095.5e2", "1E3", "01", "-", "1095.5.5",
        "123456789012345678", "1234567890123456789", "12345678901234567890123", "\"1095\"", "null", "[1]",
        "{\"summa\": 1}", "1095 1", "0.0000000000000000000000000000001"})
    void payment_whenAmountVaries_sameOutcomeWithAndWithoutScan(String sum) {
        assertSameOutcome(Answers.single("\"bruttobelopp\": {\"summa\": " + sum + ", \"valuta\": \"SEK\"}"));
        assertSameOutcome(Answers.single("\"nettobelopp\": {\"valuta\": \"S\\u0045K\", \"summa\": " + sum + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2024-02-29\"", "\"2023-02-29\"", "\"2024-13-01\"", "\"2024-1-01\"", "\"20240101\"",
        "\"2024-01\"", "\"2024-01-01Z\"", "\" 2024-01-01\"", "\"2024-01-01T00:00:00\"", "\"x024-01-01\"", "null", "7",
        "\"\""})
    void payment_whenDayVaries_sameOutcomeWithAndWithoutScan(String day) {
        assertSameOutcome(Answers.single("\"datum\": " + day));
        assertSameOutcome(Answers.single("\"period\": {\"fran\": " + day + ", \"till\": \"2024-12-31\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"dagar\": 7", "\"dagar\": 2147483647", "\"dagar\": 2147483648", "\"dagar\": 1234567890",
        "\"dagar\": -3", "\"dagar\": 7.0", "\"dagar\": \"7\"", "\"omfattning\": {\"taljare\": 0, \"namnare\": 0}",
        "\"omfattning\": {\"taljare\": 1, \"namnare\": 0}", "\"omfattning\": {\"namnare\": 4}",
        "\"omfattning\": {\"taljare\": 99, \"namnare\": 100, \"okand\": 1}", "\"omfattning\": {}",
        "\"period\": {}", "\"timmar\": null", "\"forman\": {\"id\": \"FP\"}, \"forman\": {\"id\": \"SJP\"}"})
    void payment_whenRowMemberVaries_sameOutcomeWithAndWithoutScan(String member) {
        assertSameOutcome(Answers.single("\"utbetalningsdetalj\": [{" + member
                + ", \"bruttobelopp\": {\"summa\": 10}}, {\"forman\": {\"id\": \"FP\"}, \"skattebelopp\": {\"summa\": 3}}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"utbetalningsdetalj\": []", "\"utbetalningsdetalj\": [{}]",
        "\"utbetalningsdetalj\": [{}, {\"dagar\": 1, \"bruttobelopp\": {\"summa\": 1}}]",
        "\"utbetalningsdetalj\": {\"dagar\": 1, \"bruttobelopp\": {\"summa\": 1}}", "\"utbetalningsdetalj\": [[{}]]",
        "\"utbetalningsdetalj\": [{\"bruttobelopp\": {\"summa\": 1}},]", "\"utbetalningsdetalj\": null",
        "\"okand\": {\"a\": [1, 2, {\"b\": null}]}", "\"typ\": {\"id\": 2, \"okand\": {}}"})
    void payment_whenRowsOrUnknownsVary_sameOutcomeWithAndWithoutScan(String member) {
        assertSameOutcome(Answers.single(member));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3b6", "e282ac", "f09f9880", "c080", "c1bf", "e08080", "eda080", "edbfbf", "f4908080",
        "80", "bf", "c3", "e282", "c328", "e228a1", "fe", "ff", "7f", "1f"})
    void payment_whenTextHoldsTheseBytes_sameOutcomeWithAndWithoutScan(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        String marker = "MARKER";
        byte[] answer = Answers.single("\"foretag\": {\"id\": 1001, \"beskrivning\": \"F" + marker + "kassan\"}");
        int at = indexOf(answer, marker);
        byte[] changed = new byte[answer.length - marker.length() + bytes.length];
        System.arraycopy(answer, 0, changed, 0, at);
        System.arraycopy(bytes, 0, changed, at, bytes.length);
        System.arraycopy(answer, at + marker.length(), changed, at + bytes.length, answer.length - at - marker.length());

        assertSameOutcome(changed);
    }

    @Test
    void payment_whenTextLongerThanTheWindow_sameModelWithAndWithoutScan() {
        String description = "ö".repeat(PaymentScan.WINDOW);

        assertSameOutcome(Answers.single("\"foretag\": {\"id\": 1001, \"beskrivning\": \"" + description + "\"}"));
    }

    @Test
    void payment_whenNestedNearTheDepthLimit_sameOutcomeWithAndWithoutScan() {
        for (int arrays = JsonLimits.MAX_NESTING_DEPTH - 8; arrays <= JsonLimits.MAX_NESTING_DEPTH; arrays++) {
            String payment = "{\"datum\": \"2024-01-31\", \"utbetalningsdetalj\": [{\"forman\": {\"id\": \"FP\"},"
                    + " \"bruttobelopp\": {\"summa\": 10}}]}";
            byte[] answer = ("{\"formansinformation\": {\"utbetalningsuppgift\": " + "[".repeat(arrays) + payment
                    + "]".repeat(arrays) + "}}").getBytes(StandardCharsets.UTF_8);

            assertThat(decode(answer, Input.OWN, true)).as("%d arrays", arrays).isEqualTo(decode(answer, Input.OWN, false));
        }
    }

    @Test
    void payment_whenBytesMutated_sameOutcomeWithAndWithoutScan() {
        byte[] base = Answers.of(30, new Random(3), Layout.SPACED);
        int from = indexOf(base, "\"utbetalningsuppgift\"");
        byte[] interesting = "\"\\{}[],: 0-.eE\t\nxu".getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(20261130L);
        int failures = 0;
        int jacksonCompared = 0;
        for (int round = 0; round < 6000; round++) {
            byte[] answer = mutate(base, from, random, interesting);

            Outcome scanned = decode(answer, Input.OWN, true);

            assertThat(scanned).as("mutation %d", round).isEqualTo(decode(answer, Input.OWN, false));
            if (scanned.failure() == null) {
                // What the SDK's reader accepts, Jackson reads alike (it may read more: bytes that are not UTF-8).
                assertThat(decode(answer, Input.JACKSON, false)).as("mutation %d through Jackson", round)
                        .isEqualTo(scanned.withoutCount());
                jacksonCompared++;
            } else {
                failures++;
            }
        }
        assertThat(failures).isBetween(1000, 5900);
        assertThat(jacksonCompared).isGreaterThan(100);
    }

    private static byte[] mutate(byte[] base, int from, Random random, byte[] interesting) {
        int at = from + random.nextInt(base.length - from - 2);
        byte value = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : interesting[random.nextInt(interesting.length)];
        switch (random.nextInt(4)) {
            case 0: {
                byte[] shorter = new byte[base.length - 1];
                System.arraycopy(base, 0, shorter, 0, at);
                System.arraycopy(base, at + 1, shorter, at, base.length - at - 1);
                return shorter;
            }
            case 1: {
                byte[] longer = new byte[base.length + 1];
                System.arraycopy(base, 0, longer, 0, at);
                longer[at] = value;
                System.arraycopy(base, at, longer, at + 1, base.length - at);
                return longer;
            }
            default: {
                byte[] changed = base.clone();
                changed[at] = value;
                return changed;
            }
        }
    }

    private static void assertSameOutcome(byte[] answer) {
        Outcome scanned = decode(answer, Input.OWN, true);
        assertThat(scanned).as(new String(answer, StandardCharsets.UTF_8)).isEqualTo(decode(answer, Input.OWN, false));
        if (scanned.failure() == null) {
            assertThat(decode(answer, Input.JACKSON, false)).isEqualTo(scanned.withoutCount());
        }
    }

    /** How a test hands the answer to the decoder. */
    private enum Input {
        OWN, ONE_BYTE, SEVEN_BYTES, JACKSON
    }

    /**
     * The decoded model, or the failure's class and message as a user would see them; and how many
     * payments the scan read, which {@link #equals} leaves out so paths can be compared.
     */
    private record Outcome(BenefitInformation info, String failure, int scanned) {
        Outcome withoutCount() {
            return new Outcome(info, failure, 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome o && java.util.Objects.equals(info, o.info)
                    && java.util.Objects.equals(failure, o.failure);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(info, failure);
        }
    }

    private static Outcome decode(byte[] answer, Input input, boolean scan) {
        JsonDetailsReader reader = new JsonDetailsReader(true, scan);
        try {
            JsonInput json = switch (input) {
                case OWN -> Utf8JsonReader.open(new ByteArrayInputStream(answer));
                case ONE_BYTE -> Utf8JsonReader.open(new Pieces(answer, 1));
                case SEVEN_BYTES -> Utf8JsonReader.open(new Pieces(answer, 7));
                case JACKSON -> JsonInput.jackson(JsonLimits.FACTORY.createParser(answer));
            };
            Details svar = V9Exchange.parse(json, LefiExternFormansinformationSvar.class, reader);
            BenefitInformation info = V9Answer.assemble(new V9Exchange.DecodedQuery(svar, reader.assembled()), QUERIED,
                    null);
            return new Outcome(info, null, reader.scannedPayments());
        } catch (IOException e) {
            RuntimeException mapped = V9Exchange.classify(e, null);
            return new Outcome(null, input == Input.JACKSON ? mapped.getClass().getSimpleName()
                    : mapped.getClass().getSimpleName() + ": " + mapped.getMessage(), reader.scannedPayments());
        } catch (RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(), reader.scannedPayments());
        }
    }

    private static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = PaymentScanTest.class.getResourceAsStream("/samples/9/" + name)) {
            return in.readAllBytes();
        }
    }

    /** White space between tokens, as a service may write it. */
    private enum Layout {
        COMPACT("", "", ""), SPACED(" ", " ", ""), PRETTY(" ", "\n\t", "\r\n");

        private final String afterColon;
        private final String afterComma;
        private final String aroundBraces;

        Layout(String afterColon, String afterComma, String aroundBraces) {
            this.afterColon = afterColon;
            this.afterComma = afterComma;
            this.aroundBraces = aroundBraces;
        }
    }

    /** Answers of Försäkringskassan's payments, built from the contract's shapes with varied values. */
    private static final class Answers {

        private static final List<String[]> FAMILIES = List.of(new String[] {"FP", "Föräldrapenning"},
                new String[] {"SJP", "Sjukpenning"}, new String[] {"AMP", "Arbetsmarknadspolitiskt program"},
                new String[] {"TFP", "Tillfällig föräldrapenning – vård av barn"});

        static byte[] single(String member) {
            String payment = "{\"typ\": {\"id\": 2, \"beskrivning\": \"Daglig\"}, \"datum\": \"2024-01-31\", " + member
                    + ", \"utbetalningsdetalj\": [{\"forman\": {\"id\": \"FP\", \"beskrivning\": \"Föräldrapenning\"},"
                    + " \"bruttobelopp\": {\"summa\": 100, \"valuta\": \"SEK\"}}]}";
            if (member.startsWith("\"utbetalningsdetalj\"")) {
                payment = "{\"typ\": {\"id\": 2, \"beskrivning\": \"Daglig\"}, \"datum\": \"2024-01-31\", " + member + "}";
            }
            return ("{\"formansinformation\": {\"utbetalningsuppgift\": [" + payment + "], \"preliminarautbetalningar\": ["
                    + payment + "]}}").getBytes(StandardCharsets.UTF_8);
        }

        static byte[] of(int payments, Random random, Layout layout) {
            StringBuilder json = new StringBuilder("{\"formansinformation\":" + layout.afterColon
                    + "{\"utbetalningsuppgift\":" + layout.afterColon + "[");
            java.time.LocalDate day = java.time.LocalDate.of(2019, 1, 4);
            for (int i = 0; i < payments; i++) {
                String[] family = FAMILIES.get(random.nextInt(FAMILIES.size()));
                java.time.LocalDate from = day.plusDays(7L * i);
                java.time.LocalDate to = from.plusDays(random.nextInt(14));
                long gross = 100 + random.nextInt(90_000);
                long tax = gross * 3 / 10;
                String period = object(layout, "\"fran\"", "\"" + from + "\"", "\"till\"", "\"" + to + "\"");
                json.append(i == 0 ? layout.aroundBraces : "," + layout.afterComma).append(object(layout,
                        "\"typ\"", code(layout, "2", "Daglig"),
                        "\"foretag\"", code(layout, "1001", "Försäkringskassan"),
                        "\"formansfamilj\"", code(layout, "\"" + family[0] + "\"", family[1]),
                        "\"datum\"", "\"" + to.plusDays(5) + "\"",
                        "\"period\"", period,
                        "\"bruttobelopp\"", amount(layout, gross, random),
                        "\"skattebelopp\"", amount(layout, tax, random),
                        "\"nettobelopp\"", amount(layout, gross - tax, random),
                        "\"utbetalningsdetalj\"", "[" + layout.aroundBraces + object(layout,
                                "\"forman\"", code(layout, "\"" + family[0] + "\"", family[1]),
                                "\"period\"", period,
                                "\"beloppstyp\"", code(layout, "\"ORD\"", "Ordinarie ersättning"),
                                "\"omfattning\"", object(layout, "\"taljare\"", String.valueOf(1 + random.nextInt(4)),
                                        "\"namnare\"", "4"),
                                "\"dagar\"", String.valueOf(1 + random.nextInt(14)),
                                "\"bruttobelopp\"", amount(layout, gross, random))
                                + "," + layout.afterComma + object(layout,
                                "\"forman\"", code(layout, "\"" + family[0] + "\"", family[1]),
                                "\"beloppstyp\"", code(layout, "\"PS\"", "Preliminär skatt"),
                                "\"skattebelopp\"", amount(layout, tax, random)) + layout.aroundBraces + "]"));
            }
            return json.append(layout.aroundBraces).append("]}}").toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String code(Layout layout, String id, String description) {
            return object(layout, "\"id\"", id, "\"beskrivning\"", "\"" + description + "\"");
        }

        private static String amount(Layout layout, long whole, Random random) {
            String sum = random.nextInt(5) == 0 ? whole + "." + random.nextInt(10) + random.nextInt(10)
                    : String.valueOf(whole);
            return object(layout, "\"summa\"", sum, "\"valuta\"", "\"SEK\"");
        }

        private static String object(Layout layout, String... namesAndValues) {
            StringBuilder o = new StringBuilder("{").append(layout.aroundBraces);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                o.append(i == 0 ? "" : "," + layout.afterComma).append(namesAndValues[i]).append(':')
                        .append(layout.afterColon).append(namesAndValues[i + 1]);
            }
            return o.append(layout.aroundBraces).append('}').toString();
        }
    }

    /** Hands the answer over a few bytes per read, as a slow network does. */
    private static final class Pieces extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int size;

        Pieces(byte[] data, int size) {
            this.bytes = new ByteArrayInputStream(data);
            this.size = size;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return len == 0 ? 0 : bytes.read(b, off, Math.min(len, size));
        }
    }
}
