package se.lefi.client.testkit;

/**
 * Names a broken connection the simulator can produce instead of an answer, to test how code
 * copes with the network failing.
 *
 * <pre>{@code
 * simulator.networkFault(NetworkFault.CONNECTION_RESET);   // every call from now on
 * simulator.clearDisturbances();
 * }</pre>
 */
public enum NetworkFault {
    /** The server resets the connection (TCP RST) before answering. */
    CONNECTION_RESET,
    /** The server closes the connection without sending anything. */
    EMPTY_RESPONSE,
    /** The server sends a 200 status and then a broken chunk. */
    MALFORMED_RESPONSE_CHUNK,
    /** The server sends garbage bytes and closes the connection. */
    RANDOM_DATA_THEN_CLOSE
}
