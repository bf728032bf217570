package se.lefi.client.v9.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentStatus;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.v9.internal.model.LefiExternFormansinformationSvar;

/**
 * Proves that payments built straight from the parser ({@link JsonPaymentReader}) are the payments
 * the details would have given: on every sample, and on thousands of seeded mutations of the
 * payments (a property removed, made null, blank, text, a number, a boolean, an empty object, an
 * array of two, an object where an array belongs), each compared outcome by outcome with the path
 * through details, failures included.
 */
class JsonPaymentReaderTest {

    private static final Personnummer QUERIED = Personnummer.parse("19840229-8452");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"01-svar-alla-listor.json", "02-svar-pm-avvikelser.json", "03-svar-defekter.json",
            "20-svar-typiskt.json", "21-svar-karensersattning.json", "22-svar-okanda-koder.json"})
    void readQuery_whenSample_sameModelAsThroughDetails(String sample) throws IOException {
        byte[] answer = sample(sample);

        Outcome streamed = streamed(answer);

        assertThat(streamed).isEqualTo(throughDetails(answer));
        assertThat(streamed.failure()).isNull();
    }

    @Test
    void readQuery_whenAllListsSample_buildsBothKindsOfPayment() throws IOException {
        BenefitInformation info = streamed(sample("01-svar-alla-listor.json")).info();

        assertThat(info.payments()).extracting(Payment::status).contains(PaymentStatus.EXECUTED, PaymentStatus.PRELIMINARY);
        assertThat(info.payments()).allSatisfy(p -> assertThat(p.lines()).isNotEmpty());
    }

    @Test
    void readQuery_whenRowHasNoAmount_failsAsThroughDetails() throws IOException {
        ObjectNode svar = (ObjectNode) JSON.readTree(sample("20-svar-typiskt.json"));
        ObjectNode row = (ObjectNode) svar.get("formansinformation").get("utbetalningsuppgift").get(0)
                .get("utbetalningsdetalj").get(0);
        row.remove(List.of("bruttobelopp", "skattebelopp", "avdragsbelopp"));
        byte[] answer = JSON.writeValueAsBytes(svar);

        Outcome streamed = streamed(answer);

        assertThat(streamed.failure()).isEqualTo("MalformedAnswerException: a payment row has no amount");
        assertThat(streamed).isEqualTo(throughDetails(answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"okand\": 1}", "{\"datum\": null}", "{\"utbetalningsdetalj\": \"x\"}",
            "{\"utbetalningsdetalj\": [{}, null, \" \"]}", "{\"utbetalningsdetalj\": 7}",
            "{\"utbetalningsdetalj\": {\"okand\": {}}}", "{\"typ\": \"2\"}"})
    void readQuery_whenPaymentHoldsLittleOrNothing_sameOutcomeAsThroughDetails(String payment) throws IOException {
        for (String list : List.of("utbetalningsuppgift", "preliminarautbetalningar")) {
            byte[] answer = ("{\"formansinformation\": {\"" + list + "\": [" + payment + "]}}")
                    .getBytes(StandardCharsets.UTF_8);

            Outcome streamed = streamed(answer);

            assertThat(streamed).as(list).isEqualTo(throughDetails(answer));
        }
    }

    @Test
    void readQuery_whenPaymentsMutated_sameOutcomeAsThroughDetails() throws IOException {
        ObjectNode base = (ObjectNode) JSON.readTree(sample("01-svar-alla-listor.json"));
        Random random = new Random(20261130L);
        int failures = 0;
        for (int round = 0; round < 3000; round++) {
            ObjectNode svar = base.deepCopy();
            mutate(svar, random);
            byte[] answer = JSON.writeValueAsBytes(svar);

            Outcome streamed = streamed(answer);

            assertThat(streamed).as("mutation %d: %s", round, new String(answer, StandardCharsets.UTF_8))
                    .isEqualTo(throughDetails(answer));
            failures += streamed.failure() == null ? 0 : 1;
        }
        // The mutations must reach the rules' failures too, not only answers that read well.
        assertThat(failures).isBetween(20, 2900);
    }

    /** Changes one property of a payment or of one of its rows, or the shape of a payment list. */
    private static void mutate(ObjectNode svar, Random random) {
        ObjectNode information = (ObjectNode) svar.get("formansinformation");
        String list = random.nextBoolean() ? "utbetalningsuppgift" : "preliminarautbetalningar";
        ArrayNode payments = (ArrayNode) information.get(list);
        if (random.nextInt(20) == 0) {
            // The list itself: one payment where an array belongs, nested arrays, text, an empty object.
            JsonNode first = payments.get(0);
            JsonNodeFactory f = JsonNodeFactory.instance;
            information.set(list, switch (random.nextInt(4)) {
                case 0 -> first;
                case 1 -> f.arrayNode().add(f.arrayNode().add(first)).add(payments.get(payments.size() - 1));
                case 2 -> f.textNode("utbetalning");
                default -> f.arrayNode().add(f.objectNode()).add(f.nullNode()).add(first);
            });
            return;
        }
        ObjectNode target = (ObjectNode) payments.get(random.nextInt(payments.size()));
        if (random.nextBoolean() && target.get("utbetalningsdetalj") instanceof ArrayNode rows && !rows.isEmpty()) {
            target = (ObjectNode) rows.get(random.nextInt(rows.size()));
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = target.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        names.add("okand");
        String name = names.get(random.nextInt(names.size()));
        JsonNode old = target.get(name);
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(11)) {
            case 0 -> target.remove(name);
            case 1 -> target.set(name, f.nullNode());
            case 2 -> target.set(name, f.textNode(" "));
            case 3 -> target.set(name, f.textNode(random.nextBoolean() ? "AMP" : "2024-02-30"));
            case 4 -> target.set(name, f.numberNode(random.nextBoolean() ? 17 : 1095.5));
            case 5 -> target.set(name, f.booleanNode(true));
            case 6 -> target.set(name, f.objectNode());
            case 7 -> target.set(name, f.arrayNode().add(old == null ? f.nullNode() : old).add(f.textNode("x")));
            case 8 -> target.set(name, f.arrayNode().add(f.nullNode()).add(old == null ? f.objectNode() : old));
            case 9 -> target.set(name, f.objectNode().put("id", "PS").put("beskrivning", "Preliminär skatt"));
            default -> target.remove(List.of("bruttobelopp", "skattebelopp", "avdragsbelopp"));
        }
    }

    /** The decoded model, or the failure's class and message: what a user would see either way. */
    private record Outcome(BenefitInformation info, String failure) {
    }

    private static Outcome streamed(byte[] answer) {
        try {
            return new Outcome(V9Answer.assemble(V9Exchange.readQuery(message(answer), null), QUERIED, null), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Outcome throughDetails(byte[] answer) {
        try {
            return new Outcome(V9Answer.assemble(V9Exchange.read(message(answer), LefiExternFormansinformationSvar.class),
                    QUERIED, null), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static IncomingMessage message(byte[] answer) {
        return new IncomingMessage(200, Optional.of("application/json"), new ByteArrayInputStream(answer));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = JsonPaymentReaderTest.class.getResourceAsStream("/samples/9/" + name)) {
            return in.readAllBytes();
        }
    }
}
