package se.lefi.client.testkit;

/**
 * Names the agencies that deliver information in version 9 ({@code utlamnare}), so a test can make
 * one of them not answer: its data is then missing, and the answer's {@code utlamnare} says
 * {@code OTILLGANGLIG} for it, without a deviation, as the service does.
 *
 * <pre>{@code
 * simulator.unavailableProviders(SimulatedProvider.PENSIONSMYNDIGHETEN);
 * BenefitInformation info = client.query(pnr).period(from, to).benefits(Benefit.ALLMAN_PENSION_PM).fetch();
 * assertFalse(info.isComplete());
 * }</pre>
 */
public enum SimulatedProvider {
    /** Försäkringskassan ({@code FK}): every {@code FK:} group and type. */
    FORSAKRINGSKASSAN("FK", "Försäkringskassan"),
    /** Pensionsmyndigheten ({@code PM}): every {@code PM:} group and type. */
    PENSIONSMYNDIGHETEN("PM", "Pensionsmyndigheten");

    private final String code;
    private final String agency;

    SimulatedProvider(String code, String agency) {
        this.code = code;
        this.agency = agency;
    }

    /** Returns the provider's code in the answer, {@code FK} or {@code PM}. */
    public String code() {
        return code;
    }

    /** Returns the agency's name as the answer gives it. */
    public String agency() {
        return agency;
    }

    /** Returns the provider of a group or type code, by its prefix; null for an unknown prefix. */
    static SimulatedProvider of(String code) {
        for (SimulatedProvider p : values()) {
            if (code.startsWith(p.code + ":")) {
                return p;
            }
        }
        return null;
    }
}
