package se.lefi.client;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names a benefit group of LEFI Online, by the Swedish legal term, with its query code.
 *
 * <p>Codes the SDK does not know map to {@link #UNKNOWN}; {@link #fromCode(String)} never throws.
 *
 * <pre>{@code
 * Benefit sick = Benefit.fromCode("FK:SJP");   // SJUKPENNING
 * String code = Benefit.FORALDRAPENNING.code(); // "FK:FP"
 * }</pre>
 */
public enum Benefit {
    /** Barnbidrag (child allowance). */
    BARNBIDRAG("FK:ABB"),
    /** Allmän pension, cases held by Försäkringskassan (public pension). */
    ALLMAN_PENSION("FK:AP"),
    /** Aktivitetsstöd and utvecklingsersättning (activity support, development allowance). */
    AKTIVITETSSTOD("FK:AS"),
    /** Bostadsbidrag (housing allowance). */
    BOSTADSBIDRAG("FK:BOB"),
    /** Bostadstillägg (housing supplement for pensioners). */
    BOSTADSTILLAGG("FK:BST"),
    /** Bostads- och inkomststöd (housing and income support), delivered as payments only. */
    BOSTADS_OCH_INKOMSTSTOD("FK:BTI"),
    /** Dagpenning till totalförsvarspliktiga (daily allowance for those doing national service). */
    DAGPENNING_TILL_TOTALFORSVARSPLIKTIGA("FK:DPE"),
    /** Etableringsersättning with etableringstillägg and bostadsersättning (establishment allowance). */
    ETABLERINGSERSATTNING("FK:ET"),
    /** Föräldrapenning (parental benefit). */
    FORALDRAPENNING("FK:FP"),
    /** Graviditetspenning (pregnancy benefit). */
    GRAVIDITETSPENNING("FK:GP"),
    /** Handikappersättning (disability allowance). */
    HANDIKAPPERSATTNING("FK:HE"),
    /** Merkostnadsersättning (additional cost allowance), from 5.0. */
    MERKOSTNADSERSATTNING("FK:MEK"),
    /** Närståendepenning (care allowance for a close relative). */
    NARSTAENDEPENNING("FK:NP"),
    /** Omvårdnadsbidrag (care allowance for a child), from 5.0. */
    OMVARDNADSBIDRAG("FK:OMV"),
    /** Days used in the jobb- och utvecklingsgaranti (job and development guarantee), from 6.0. */
    JOBB_OCH_UTVECKLINGSGARANTI("FK:PJOB"),
    /** Programersättning (programme compensation days). */
    PROGRAMERSATTNING("FK:PROG"),
    /** Rehabiliteringsersättning (rehabilitation compensation). */
    REHABILITERINGSERSATTNING("FK:RBE"),
    /** Sjukersättning and aktivitetsersättning (sickness and activity compensation). */
    SJUKERSATTNING_OCH_AKTIVITETSERSATTNING("FK:SA"),
    /** Smittbärarersättning (infection carrier allowance). */
    SMITTBARARERSATTNING("FK:SBP"),
    /** Sjukpenning (sickness benefit). */
    SJUKPENNING("FK:SJP"),
    /** Tillfällig föräldrapenning (temporary parental benefit). */
    TILLFALLIG_FORALDRAPENNING("FK:TFP"),
    /** Underhållsstöd (maintenance support). */
    UNDERHALLSSTOD("FK:US"),
    /** Vårdbidrag (care allowance). */
    VARDBIDRAG("FK:VB"),
    /** Yrkesskadelivränta and arbetsskadelivränta (occupational injury annuities). */
    YRKESSKADELIVRANTA("FK:YL"),
    /** Generell personinformation (the person's own information). */
    GENERELL_PERSONINFORMATION("FK:GEPI"),
    /** Programanvisning (assignment to a labour-market programme). */
    PROGRAMANVISNING("FK:PANV"),
    /** Sjukpenninggrundande inkomst (income that qualifies for sickness benefit). */
    SJUKPENNINGGRUNDANDE_INKOMST("FK:SGI"),
    /** Studiemedelsavisering (notices about student finance). */
    STUDIEMEDELSAVISERING("FK:STAV"),
    /** Efterlevandepension (survivor's pension). */
    EFTERLEVANDEPENSION("FK:EP"),
    /** Intjänande (pension earnings and balances). */
    INTJANANDE("FK:INT"),
    /** Levnadsintyg (certificate of life). */
    LEVNADSINTYG("FK:LINT"),
    /**
     * Version 9's group {@code FK:EJO}; Försäkringskassan has not published its meaning (perhaps
     * etableringsjobb). Only in version 9.
     */
    ETABLERINGSJOBB("FK:EJO"),
    /** Förebyggande sjukpenning (preventive sickness benefit). Only in version 9. */
    FOREBYGGANDE_SJUKPENNING("FK:FSJP"),
    /** Barnbidrag seen from the child who receives it (mottagare av barnbidrag). Only in version 9. */
    MOTTAGARE_AV_BARNBIDRAG("FK:MABB"),
    /** Skatteuppgift (tax reporting number), other information. Only in version 9. */
    SKATTEUPPGIFT("FK:SKUP"),
    /** Allmän pension held by Pensionsmyndigheten (claims, decisions, payments). Only in version 9. */
    ALLMAN_PENSION_PM("PM:AP"),
    /** Bostads- och inkomststöd held by Pensionsmyndigheten. Only in version 9. */
    BOSTADS_OCH_INKOMSTSTOD_PM("PM:BTI"),
    /** Efterlevandeförmåner (survivor's benefits) held by Pensionsmyndigheten. Only in version 9. */
    EFTERLEVANDEFORMANER("PM:EF"),
    /** Levnadsintyg held by Pensionsmyndigheten, other information. Only in version 9. */
    LEVNADSINTYG_PM("PM:LINT"),
    /** Pensionsbehållning (pension balances) from Pensionsmyndigheten, other information. Only in version 9. */
    PENSIONSBEHALLNING("PM:PBH"),
    /** Pensionsunderlag (pension earnings) from Pensionsmyndigheten, other information. Only in version 9. */
    PENSIONSUNDERLAG("PM:PU"),
    /** A benefit group this SDK does not know; never sent in a query. */
    UNKNOWN("");

    private static final Map<String, Benefit> BY_CODE = new HashMap<>();
    private static final Set<String> ONLY_IN_VERSION_9 = Set.of("FK:EJO", "FK:FSJP", "FK:MABB", "FK:SKUP");
    private static final Set<Benefit> WITH_PRELIMINARY_PAYMENTS =
            Set.of(AKTIVITETSSTOD, ETABLERINGSERSATTNING, FORALDRAPENNING, TILLFALLIG_FORALDRAPENNING, SJUKPENNING);

    static {
        for (Benefit benefit : values()) {
            if (benefit != UNKNOWN) {
                BY_CODE.put(benefit.code, benefit);
            }
        }
    }

    private final String code;

    Benefit(String code) {
        this.code = code;
    }

    /** Returns the query code, e.g. {@code "FK:SJP"}; empty for {@link #UNKNOWN}. */
    public String code() {
        return code;
    }

    /**
     * Tells whether the service keeps preliminary payments for this group (the eight benefits of
     * aktivitetsstöd, utvecklingsersättning, etableringsersättning, etableringstillägg,
     * bostadsersättning, föräldrapenning, tillfällig föräldrapenning and sjukpenning).
     */
    public boolean hasPreliminaryPayments() {
        return WITH_PRELIMINARY_PAYMENTS.contains(this);
    }

    /**
     * Tells whether only version 9 knows the code (Pensionsmyndigheten's groups and types, and
     * {@code FK:EJO}, {@code FK:FSJP}, {@code FK:MABB}, {@code FK:SKUP}); the SOAP versions
     * cannot be asked for it.
     *
     * <pre>{@code
     * Benefit.fromCode("PM:AP").onlyInVersion9();   // true
     * Benefit.SJUKPENNING.onlyInVersion9();         // false
     * }</pre>
     *
     * @return true for a code of version 9 alone
     */
    public boolean onlyInVersion9() {
        return code.startsWith("PM:") || ONLY_IN_VERSION_9.contains(code);
    }

    /**
     * Tells whether the code belongs to Pensionsmyndigheten ({@code PM:} prefix) rather than
     * Försäkringskassan.
     *
     * @return true for a {@code PM:} code
     */
    public boolean isPensionsmyndigheten() {
        return code.startsWith("PM:");
    }

    /**
     * Finds the benefit group of a query code; never throws.
     *
     * @param code a code such as {@code "FK:FP"}
     * @return the group, or {@link #UNKNOWN} for a code this SDK does not know or null
     */
    public static Benefit fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return BY_CODE.getOrDefault(code.trim(), UNKNOWN);
    }
}
