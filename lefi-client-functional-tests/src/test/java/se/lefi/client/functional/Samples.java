package se.lefi.client.functional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** Reads the 6.0 sample envelopes copied into this module's test resources. */
public final class Samples {

    /** The tidpunkt of the 6.0 ping answer, {@link #pingAnswer()}. */
    public static final OffsetDateTime PING_ANSWERED_AT = OffsetDateTime.parse("2020-03-02T10:20:00.731+01:00");

    private Samples() {
    }

    /** Returns a sample by file name, e.g. {@code 02-svar.xml}. */
    public static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/6.0/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the typical 6.0 answer about the given person instead of the sample's. */
    public static String answerFor(String personnummer) {
        return read("02-svar.xml").replace("<personnummer>" + SyntheticPersons.SAMPLE + "</personnummer>",
                "<personnummer>" + personnummer + "</personnummer>");
    }

    /** Returns the typical 6.0 answer. */
    public static String answer() {
        return read("02-svar.xml");
    }

    /** Returns the 6.0 ping answer. */
    public static String pingAnswer() {
        return read("12-pingsvar.xml");
    }
}
