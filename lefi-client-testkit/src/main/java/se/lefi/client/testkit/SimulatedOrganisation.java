package se.lefi.client.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.lefi.client.Benefit;

/**
 * Describes a querying organisation the simulator knows: its organisationsnummer, user category
 * and the benefit groups its connection agreement lets it see.
 *
 * <p>What the agreement does not cover is left out of an answer without notice; only when it
 * covers nothing that was asked does the simulator answer {@code OBEHORIG}, as the service does.
 *
 * <pre>{@code
 * simulator.addOrganisation(new SimulatedOrganisation("5565594230", UserCategory.FORSAKRINGSBOLAG,
 *         Set.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)));
 * }</pre>
 *
 * @param organisationsnummer 10 digits (or 12 with the prefix 16), as the client sends it
 * @param category the user category
 * @param agreement the benefit groups the organisation may see
 */
public record SimulatedOrganisation(String organisationsnummer, UserCategory category, Set<Benefit> agreement) {

    /** A kommun (Stockholm's organisationsnummer) whose agreement covers every group; the simulator's default. */
    public static final SimulatedOrganisation KOMMUN = seeingEverything("2120000142", UserCategory.KOMMUN);

    /** A försäkringsbolag that sees sickness, parental, child and injury benefits, not programmes or pensions. */
    public static final SimulatedOrganisation FORSAKRINGSBOLAG = new SimulatedOrganisation("5565594230",
            UserCategory.FORSAKRINGSBOLAG, Set.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING,
                    Benefit.REHABILITERINGSERSATTNING, Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING,
                    Benefit.FORALDRAPENNING, Benefit.TILLFALLIG_FORALDRAPENNING, Benefit.GRAVIDITETSPENNING,
                    Benefit.BARNBIDRAG, Benefit.YRKESSKADELIVRANTA, Benefit.SJUKPENNINGGRUNDANDE_INKOMST,
                    Benefit.NARSTAENDEPENNING, Benefit.SMITTBARARERSATTNING));

    /** Kronofogdemyndigheten, which sees everything but pension earnings and certificates of life. */
    public static final SimulatedOrganisation KRONOFOGDEMYNDIGHETEN = new SimulatedOrganisation("2021005448",
            UserCategory.KRONOFOGDEMYNDIGHETEN, allBut(Benefit.INTJANANDE, Benefit.LEVNADSINTYG));

    /** Pensionsmyndigheten, which sees pensions, earnings and the benefits that count for them. */
    public static final SimulatedOrganisation PENSIONSMYNDIGHETEN = new SimulatedOrganisation("2021006230",
            UserCategory.PENSIONSMYNDIGHETEN, Set.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.ALLMAN_PENSION,
                    Benefit.EFTERLEVANDEPENSION, Benefit.INTJANANDE, Benefit.LEVNADSINTYG, Benefit.BOSTADSTILLAGG,
                    Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, Benefit.YRKESSKADELIVRANTA, Benefit.BARNBIDRAG,
                    Benefit.SJUKPENNING, Benefit.FORALDRAPENNING, Benefit.TILLFALLIG_FORALDRAPENNING,
                    Benefit.AKTIVITETSSTOD));

    /** Another state authority (Arbetsförmedlingen's number) that sees programmes and a few benefits. */
    public static final SimulatedOrganisation OTHER_STATE_AUTHORITY = new SimulatedOrganisation("2021002114",
            UserCategory.OTHER_STATE_AUTHORITY, Set.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.AKTIVITETSSTOD,
                    Benefit.ETABLERINGSERSATTNING, Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING,
                    Benefit.JOBB_OCH_UTVECKLINGSGARANTI, Benefit.BARNBIDRAG, Benefit.SJUKPENNING));

    /** Returns the five organisations the simulator knows from the start, one per category. */
    public static List<SimulatedOrganisation> defaults() {
        return List.of(KOMMUN, FORSAKRINGSBOLAG, KRONOFOGDEMYNDIGHETEN, PENSIONSMYNDIGHETEN, OTHER_STATE_AUTHORITY);
    }

    /** Copies and validates the components. */
    public SimulatedOrganisation {
        Objects.requireNonNull(organisationsnummer, "organisationsnummer");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(agreement, "agreement");
        organisationsnummer = organisationsnummer.replace("-", "").trim();
        if (!organisationsnummer.matches("\\d{10}|16\\d{10}")) {
            throw new IllegalArgumentException("organisationsnummer must have 10 digits, or 12 with the prefix 16");
        }
        agreement = agreement.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(agreement));
    }

    /**
     * Creates an organisation whose agreement covers every benefit group.
     *
     * @param organisationsnummer the organisation's number
     * @param category its user category
     * @return the organisation
     */
    public static SimulatedOrganisation seeingEverything(String organisationsnummer, UserCategory category) {
        Set<Benefit> all = EnumSet.allOf(Benefit.class);
        all.remove(Benefit.UNKNOWN);
        all.removeIf(Benefit::onlyInVersion9);
        return new SimulatedOrganisation(organisationsnummer, category, all);
    }

    private static Set<Benefit> allBut(Benefit... excluded) {
        Set<Benefit> all = EnumSet.allOf(Benefit.class);
        all.remove(Benefit.UNKNOWN);
        all.removeIf(Benefit::onlyInVersion9);
        all.removeAll(List.of(excluded));
        return all;
    }

    /** Returns the 10-digit form, without a 16 prefix. */
    String tenDigits() {
        return organisationsnummer.length() == 12 ? organisationsnummer.substring(2) : organisationsnummer;
    }
}
