package se.lefi.client.functional.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/**
 * Holds one valid answer the fuzzer mutates: what the service (a sample of the contract or the
 * test kit's simulator) answered to a query or a ping of one version.
 *
 * @param name where it came from, for failure reports
 * @param version the version that asked
 * @param ping whether it answers a ping rather than a query
 * @param status the HTTP status it came with
 * @param body the answer's bytes
 * @param queried the person the query asks about
 * @param personnummer the last ten digits of every personnummer the answer holds in clear
 * @param envelopeEnd the byte offset just past the Envelope start tag
 * @param text the answer as text
 * @param elements the answer's elements, scanned once for every mutation of it
 */
public record Seed(String name, LefiVersion version, boolean ping, int status, byte[] body, Personnummer queried,
        Set<String> personnummer, int envelopeEnd, String text, List<Tags.Element> elements) {

    private static final Pattern ENVELOPE_START = Pattern.compile("<(?:[\\w.-]+:)?Envelope[\\s>]");

    /** Copies the person set and the elements. */
    public Seed {
        personnummer = Set.copyOf(personnummer);
        elements = List.copyOf(elements);
    }

    /**
     * Creates a seed from a UTF-8 answer.
     *
     * @param name where it came from
     * @param version the version that asked
     * @param ping whether it answers a ping
     * @param status the HTTP status
     * @param text the answer
     * @param queried the person the query asks about
     * @return the seed
     */
    public static Seed of(String name, LefiVersion version, boolean ping, int status, String text,
            Personnummer queried) {
        Matcher m = ENVELOPE_START.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(name + " is no SOAP envelope");
        }
        int end = text.indexOf('>', m.start()) + 1;
        return new Seed(name, version, ping, status, text.getBytes(StandardCharsets.UTF_8), queried,
                Persons.tenDigitsIn(text), text.substring(0, end).getBytes(StandardCharsets.UTF_8).length, text,
                Tags.scan(text));
    }

    @Override
    public String toString() {
        return "Seed[" + name + ", " + body.length + " bytes]";
    }
}
