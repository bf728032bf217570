package se.lefi.client.testkit.internal;

import java.util.Map;
import java.util.Set;

/**
 * Knows version 9's code lists as the simulator uses them: which codes are Försäkringskassan's
 * benefit groups, Pensionsmyndigheten's, and types of other information, and the Swedish text the
 * answers give each.
 *
 * <pre>{@code
 * V9Codes.text("FK:SJP");   // "Sjukpenning"
 * }</pre>
 */
public final class V9Codes {

    private static final Map<String, String> FK = Map.ofEntries(
            Map.entry("FK:ABB", "Barnbidrag"), Map.entry("FK:AP", "Allmän pension"),
            Map.entry("FK:AS", "Aktivitetsstöd"), Map.entry("FK:BOB", "Bostadsbidrag"),
            Map.entry("FK:BST", "Bostadstillägg"), Map.entry("FK:BTI", "Bostads- och inkomststöd"),
            Map.entry("FK:DPE", "Dagpenning till totalförsvarspliktiga"), Map.entry("FK:EJO", "Etableringsjobb"),
            Map.entry("FK:ET", "Etableringsersättning"), Map.entry("FK:FP", "Föräldrapenning"),
            Map.entry("FK:FSJP", "Förebyggande sjukpenning"), Map.entry("FK:GP", "Graviditetspenning"),
            Map.entry("FK:HE", "Handikappersättning"), Map.entry("FK:MABB", "Mottagare av barnbidrag"),
            Map.entry("FK:MEK", "Merkostnadsersättning"), Map.entry("FK:NP", "Närståendepenning"),
            Map.entry("FK:OMV", "Omvårdnadsbidrag"), Map.entry("FK:PJOB", "Jobb- och utvecklingsgaranti"),
            Map.entry("FK:PROG", "Programersättning"), Map.entry("FK:RBE", "Rehabiliteringsersättning"),
            Map.entry("FK:SA", "Sjukersättning och aktivitetsersättning"), Map.entry("FK:SBP", "Smittbärarersättning"),
            Map.entry("FK:SJP", "Sjukpenning"), Map.entry("FK:TFP", "Tillfällig föräldrapenning"),
            Map.entry("FK:US", "Underhållsstöd"), Map.entry("FK:VB", "Vårdbidrag"),
            Map.entry("FK:YL", "Yrkesskadelivränta"));
    private static final Map<String, String> PM = Map.of("PM:AP", "Allmän pension", "PM:BTI",
            "Bostads- och inkomststöd", "PM:EF", "Efterlevandeförmåner");
    private static final Map<String, String> OTHER = Map.of("FK:GEPI", "Generell personinformation", "FK:PANV",
            "Programanvisning", "FK:SGI", "Sjukpenninggrundande inkomst", "FK:SKUP", "Skatteuppgift", "FK:STAV",
            "Studiemedelsavisering", "PM:LINT", "Levnadsintyg", "PM:PBH", "Pensionsbehållning", "PM:PU",
            "Pensionsunderlag");

    private V9Codes() {
    }

    /** Returns Försäkringskassan's benefit groups ({@code LefiFkFormanGruppKod}). */
    public static Set<String> fkGroups() {
        return FK.keySet();
    }

    /** Returns Pensionsmyndigheten's benefit groups ({@code LefiPmFormanGruppKod}). */
    public static Set<String> pmGroups() {
        return PM.keySet();
    }

    /** Returns the types of other information ({@code LefiExternOvrigInformationTypKod}). */
    public static Set<String> otherInformation() {
        return OTHER.keySet();
    }

    /** Tells whether a code is a benefit group of either agency ({@code LefiExternFormanGruppKod}). */
    public static boolean group(String code) {
        return FK.containsKey(code) || PM.containsKey(code);
    }

    /** Returns the Swedish text of a code, or the code itself when it is unknown. */
    public static String text(String code) {
        String text = FK.get(code);
        if (text == null) {
            text = PM.get(code);
        }
        if (text == null) {
            text = OTHER.get(code);
        }
        return text == null ? code : text;
    }
}
