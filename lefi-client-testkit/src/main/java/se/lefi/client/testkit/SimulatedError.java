package se.lefi.client.testkit;

import java.util.Objects;

/**
 * Describes a SOAP fault ({@code lefiFel}) the simulator answers on demand: a technical error,
 * a legacy error category, or any business error.
 *
 * <p>The simulator's own rules (invalid personnummer, unknown person, bad period, nothing asked,
 * unsupported version, no agreement) need no configuration; this type is for errors that depend
 * on the service's state, such as a source system being down.
 *
 * <p>Version 9 answers the same error as HTTP with a {@code LefiFelsvar} body whose
 * {@code meddelande} is {@code felmeddelande}: 403 for a {@code VERKSAMHETSFEL} with the code
 * {@code OBEHORIG}, 400 for any other {@code VERKSAMHETSFEL}, 500 for every technical category;
 * {@code timestamp} is sent when {@code withTimestamp} is true.
 *
 * <pre>{@code
 * simulator.error(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT"));   // version 9: 500
 * simulator.error(SimulatedError.applikationsfel());    // legacy category, no tidpunkt
 * simulator.error(SimulatedError.forbidden("Aktören saknar behörighet."));   // version 9: 403
 * }</pre>
 *
 * @param feltyp the error category, e.g. {@code TEKNISKT_FEL}
 * @param felkod the error code, e.g. {@code KALLSYSTEM_OTILLGANGLIGT}
 * @param felmeddelande the Swedish text for operators
 * @param withTimestamp whether {@code tidpunkt} is sent (older instances leave it out)
 */
public record SimulatedError(String feltyp, String felkod, String felmeddelande, boolean withTimestamp) {

    /** Validates the components. */
    public SimulatedError {
        Objects.requireNonNull(feltyp, "feltyp");
        Objects.requireNonNull(felkod, "felkod");
        Objects.requireNonNull(felmeddelande, "felmeddelande");
        if (feltyp.isBlank()) {
            throw new IllegalArgumentException("feltyp must not be blank");
        }
    }

    /**
     * Creates a {@code TEKNISKT_FEL} with the given code.
     *
     * @param felkod e.g. {@code INTERNT_FEL}, {@code KALLSYSTEM_OTILLGANGLIGT}, {@code TIDSGRANS_OVERSKRIDEN}
     * @return the error
     */
    public static SimulatedError technical(String felkod) {
        return new SimulatedError("TEKNISKT_FEL", felkod, "Tjänsten kunde inte besvara frågan just nu. Försök igen senare.",
                true);
    }

    /**
     * Creates the legacy {@code APPLIKATIONSFEL}/{@code INTERNT_FEL} that older parallel instances
     * still send, without {@code tidpunkt}.
     *
     * @return the error
     */
    public static SimulatedError applikationsfel() {
        return new SimulatedError("APPLIKATIONSFEL", "INTERNT_FEL", "Ett internt fel inträffade i applikationen.", false);
    }

    /**
     * Creates the legacy {@code SYSTEMFEL}/{@code INTERNT_FEL}, without {@code tidpunkt}.
     *
     * @return the error
     */
    public static SimulatedError systemfel() {
        return new SimulatedError("SYSTEMFEL", "INTERNT_FEL", "Ett systemfel inträffade.", false);
    }

    /**
     * Creates a {@code VERKSAMHETSFEL} with the given code.
     *
     * @param felkod the code
     * @param felmeddelande the Swedish text
     * @return the error
     */
    public static SimulatedError business(String felkod, String felmeddelande) {
        return new SimulatedError("VERKSAMHETSFEL", felkod, felmeddelande, true);
    }

    /**
     * Creates the {@code VERKSAMHETSFEL}/{@code OGILTIG_FRAGA} that version 9 answers as 400.
     *
     * @param meddelande the Swedish text for operators
     * @return the error
     */
    public static SimulatedError badRequest(String meddelande) {
        return business("OGILTIG_FRAGA", meddelande);
    }

    /**
     * Creates the {@code VERKSAMHETSFEL}/{@code OBEHORIG} that version 9 answers as 403.
     *
     * @param meddelande the Swedish text for operators
     * @return the error
     */
    public static SimulatedError forbidden(String meddelande) {
        return business("OBEHORIG", meddelande);
    }

    /**
     * Returns the HTTP status version 9 answers this error with: 403, 400 or 500.
     *
     * @return the status
     */
    public int version9Status() {
        if (!clientFault()) {
            return 500;
        }
        return "OBEHORIG".equals(felkod) ? 403 : 400;
    }

    /** Tells whether the SOAP faultcode is {@code Client} (business) rather than {@code Server}. */
    boolean clientFault() {
        return "VERKSAMHETSFEL".equals(feltyp);
    }
}
