package se.lefi.client.testkit;

/**
 * Names the user category (användarkategori) of a querying organisation, which decides, together
 * with its agreement, what the simulated LEFI Online shows it.
 *
 * <pre>{@code
 * simulator.addOrganisation(new SimulatedOrganisation("5565594230", UserCategory.FORSAKRINGSBOLAG,
 *         Set.of(Benefit.SJUKPENNING)));
 * }</pre>
 */
public enum UserCategory {
    /** An insurance company (försäkringsbolag). */
    FORSAKRINGSBOLAG,
    /** A municipality (kommun). */
    KOMMUN,
    /** The Swedish Enforcement Authority (Kronofogdemyndigheten). */
    KRONOFOGDEMYNDIGHETEN,
    /** The Swedish Pensions Agency (Pensionsmyndigheten). */
    PENSIONSMYNDIGHETEN,
    /** Any other state authority (annan statlig myndighet). */
    OTHER_STATE_AUTHORITY;

    /**
     * Tells whether this category sees the period of a decision on förlängt barnbidrag (release
     * of May 2016: försäkringsbolag, kommuner, Kronofogdemyndigheten and Pensionsmyndigheten only).
     */
    public boolean seesExtendedChildAllowancePeriod() {
        return this != OTHER_STATE_AUTHORITY;
    }
}
