package se.lefi.client.v9.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Holds the one {@link JsonFactory} of version 9, hardened for answers from the network: the
 * nesting, number and string limits below are far above anything the contract can hold and far
 * below what would hurt (the transport already caps the answer's size while it streams). The
 * SDK's own reader ({@code Utf8JsonReader}) holds the same limits.
 *
 * <pre>{@code
 * try (JsonParser parser = JsonLimits.FACTORY.createParser(in)) { ... }
 * }</pre>
 */
public final class JsonLimits {

    /** The deepest nesting of the contract is about 12 levels; anything beyond 64 is an attack or a defect. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Amounts and ids are short; a 100-digit number is no amount. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest text of the contract is a description or a message; 64 KiB bounds what one token buffers. */
    public static final int MAX_STRING_LENGTH = 64 * 1024;

    /** The factory; thread-safe, shared by every client of the JVM. */
    public static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            // Duplicate keys are kept as repeats, as the service's lists are; no source in messages.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonLimits() {
    }
}
