package se.lefi.client.tck;

import java.util.Locale;
import java.util.Objects;

/**
 * Describes how a version's request must look on the wire: HTTP method, path on the server and
 * media type of its body. The contracts stub exactly this method and path, so a request that
 * goes elsewhere gets no canonical answer.
 *
 * <pre>{@code
 * ExpectedRequest query = new ExpectedRequest("POST",
 *         ContractHarness.ENDPOINT_PATH + "/lefi-extern-formansinformation/v9/aktorer/026-51/formansinformation/fraga",
 *         "application/json");
 * }</pre>
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the whole path on the server, starting with {@code /}, percent-encoded
 * @param mediaType the media type of the body (what its {@code Content-Type} names before any {@code ;})
 */
public record ExpectedRequest(String method, String path, String mediaType) {

    /** Validates the components and upper-cases the method. */
    public ExpectedRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + path);
        }
    }
}
