package se.lefi.client.model;

import java.util.Objects;

/**
 * Tells whether one provider of the information (Försäkringskassan, Pensionsmyndigheten)
 * contributed to an answer; only a provider in state {@link State#OK} did (version 9's
 * {@code utlamnare}). The SOAP versions have one provider, Försäkringskassan, always OK.
 *
 * <pre>{@code
 * info.providers().stream()
 *         .filter(p -> p.state() != ProviderState.State.OK)
 *         .forEach(p -> log.warn("no data from {}: {}", p.provider(), p.code()));
 * }</pre>
 *
 * @param provider who provides the information; UNKNOWN for a provider this SDK does not know
 * @param state the provider's state
 * @param code the state's code as delivered, e.g. {@code OK}, {@code FELANDE}
 */
public record ProviderState(Payer provider, State state, String code) {

    /** The state of Försäkringskassan in every answer of a SOAP version. */
    public static final ProviderState FORSAKRINGSKASSAN_OK = new ProviderState(Payer.FORSAKRINGSKASSAN, State.OK, "OK");

    /** Validates the components. */
    public ProviderState {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(code, "code");
    }

    /** The states a provider can be in. */
    public enum State {
        /** The provider answered; its data is in the answer. */
        OK("OK"),
        /** The provider answered with an error ({@code FELANDE}); its data is missing. */
        MISSING("FELANDE"),
        /** The provider could not be reached ({@code OTILLGANGLIG}); its data is missing. */
        UNAVAILABLE("OTILLGANGLIG"),
        /** A state this SDK does not know; {@link ProviderState#code()} keeps it. Its data may be missing. */
        UNKNOWN("");

        private final String code;

        State(String code) {
            this.code = code;
        }

        /** Returns the code the service uses, empty for UNKNOWN. */
        public String code() {
            return code;
        }

        /**
         * Returns the state for a delivered code; never throws.
         *
         * @param code the code, or null
         * @return the state, UNKNOWN for any other code
         */
        public static State fromCode(String code) {
            for (State s : values()) {
                if (s != UNKNOWN && s.code.equals(code)) {
                    return s;
                }
            }
            return UNKNOWN;
        }
    }
}
