package se.lefi.client.testkit;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.lefi.client.Benefit;

/**
 * Describes a querying organisation the simulator knows: its organisationsnummer, user category,
 * the benefit groups its connection agreement lets it see, and the aktörs-id version 9 knows it by.
 *
 * <p>In the SOAP versions what the agreement does not cover is left out of an answer without
 * notice; only when it covers nothing that was asked does the simulator answer {@code OBEHORIG},
 * as the service does. In version 9 each group asked that the agreement does not cover gets a
 * deviation {@code OBEHORIG}, and an aktörs-id the simulator does not know gets 403.
 *
 * <pre>{@code
 * simulator.addOrganisation(new SimulatedOrganisation("5565594230", UserCategory.FORSAKRINGSBOLAG,
 *         Set.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)));
 * }</pre>
 *
 * @param organisationsnummer 10 digits (or 12 with the prefix 16), as the client sends it
 * @param category the user category
 * @param agreement the benefit groups the organisation may see
 * @param aktorsId the id version 9 calls carry in their path; the three-argument constructor
 *     derives a fixed UUID from the organisationsnummer
 */
public record SimulatedOrganisation(String organisationsnummer, UserCategory category, Set<Benefit> agreement,
        String aktorsId) {

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
            UserCategory.KRONOFOGDEMYNDIGHETEN, allBut(Benefit.INTJANANDE, Benefit.LEVNADSINTYG,
                    Benefit.PENSIONSBEHALLNING, Benefit.PENSIONSUNDERLAG, Benefit.LEVNADSINTYG_PM));

    /**
     * Pensionsmyndigheten, which sees pensions, earnings and the benefits that count for them, and
     * in version 9 its own groups and information types.
     */
    public static final SimulatedOrganisation PENSIONSMYNDIGHETEN = new SimulatedOrganisation("2021006230",
            UserCategory.PENSIONSMYNDIGHETEN, Set.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.ALLMAN_PENSION,
                    Benefit.EFTERLEVANDEPENSION, Benefit.INTJANANDE, Benefit.LEVNADSINTYG, Benefit.BOSTADSTILLAGG,
                    Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, Benefit.YRKESSKADELIVRANTA, Benefit.BARNBIDRAG,
                    Benefit.SJUKPENNING, Benefit.FORALDRAPENNING, Benefit.TILLFALLIG_FORALDRAPENNING,
                    Benefit.AKTIVITETSSTOD, Benefit.ALLMAN_PENSION_PM, Benefit.BOSTADS_OCH_INKOMSTSTOD_PM,
                    Benefit.EFTERLEVANDEFORMANER, Benefit.LEVNADSINTYG_PM, Benefit.PENSIONSBEHALLNING,
                    Benefit.PENSIONSUNDERLAG));

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
        Objects.requireNonNull(aktorsId, "aktorsId");
        organisationsnummer = organisationsnummer.replace("-", "").trim();
        if (!organisationsnummer.matches("\\d{10}|16\\d{10}")) {
            throw new IllegalArgumentException("organisationsnummer must have 10 digits, or 12 with the prefix 16");
        }
        aktorsId = aktorsId.trim();
        if (aktorsId.isEmpty() || aktorsId.length() > 100 || aktorsId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("aktorsId must be 1 to 100 characters without control characters");
        }
        agreement = agreement.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(agreement));
    }

    /**
     * Creates an organisation whose aktörs-id is a UUID derived from its organisationsnummer, the
     * same on every start.
     *
     * @param organisationsnummer 10 digits (or 12 with the prefix 16)
     * @param category the user category
     * @param agreement the benefit groups the organisation may see
     */
    public SimulatedOrganisation(String organisationsnummer, UserCategory category, Set<Benefit> agreement) {
        this(organisationsnummer, category, agreement, derivedAktorsId(organisationsnummer));
    }

    private static String derivedAktorsId(String organisationsnummer) {
        Objects.requireNonNull(organisationsnummer, "organisationsnummer");
        String digits = organisationsnummer.replace("-", "").trim();
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        return UUID.nameUUIDFromBytes(("lefi-simulator:" + digits).getBytes(StandardCharsets.UTF_8)).toString();
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
        return new SimulatedOrganisation(organisationsnummer, category, all);
    }

    private static Set<Benefit> allBut(Benefit... excluded) {
        Set<Benefit> all = EnumSet.allOf(Benefit.class);
        all.remove(Benefit.UNKNOWN);
        all.removeAll(List.of(excluded));
        return all;
    }

    /** Returns the 10-digit form, without a 16 prefix. */
    String tenDigits() {
        return organisationsnummer.length() == 12 ? organisationsnummer.substring(2) : organisationsnummer;
    }
}
