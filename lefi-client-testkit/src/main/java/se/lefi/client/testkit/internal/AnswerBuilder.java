package se.lefi.client.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import se.lefi.client.Benefit;

/**
 * Collects the fragments of one answer, keeps those that were asked for and that the
 * organisation's agreement covers, and writes them in the contract's element order.
 */
public final class AnswerBuilder {

    /**
     * The elements of {@code formansinformation}, in schema order (6.0 is a superset of 5.x;
     * {@code mottagareavbarnbidrag}, {@code forebyggandeSjukpenningsarende}, the two steglös
     * avräkning lists and {@code skatteuppgift} are version 9's, written only in its answers).
     */
    static final List<String> ORDER = List.of("generellPersoninformation", "aktivitetsstodsarende",
            "allmanpensionsarende", "arbetsskadeefterlevandearende", "arbetsskadeegenlivrantearende",
            "barnbidragsarende", "bostadsbidragsarende", "bostadstillaggsarende", "efterlevandepensionsarende",
            "etableringsersattningsarende", "mottagareavbarnbidrag", "foraldrapenningarende",
            "forebyggandeSjukpenningsarende", "handikappersattningsarende",
            "graviditetspenningsarende", "intjanandebehallning", "intjanandeuppgift", "levnadsintygsuppgift",
            "merkostnadsersattningsarende", "narstaendepenningarende", "omvardnadsbidragsarende",
            "preliminarautbetalningar", "programanvisning", "programersattningsarende", "programjobdagar",
            "rehabersattningsarende", "sjukOchAktivitetsersattningsarende",
            "sjukOchAktivitetsersattningSteglosAvrakningHistorik", "sjukOchAktivitetsersattningSteglosAvrakningNulage",
            "sjukpenningarende", "sjukpenninggrundandeInkomstuppgift", "skatteuppgift", "smittbararersattningsarende",
            "studiemedelsavisering",
            "tillfalligForaldrapenningarende", "totalforsvarspliktsarende", "underhallsskuld", "underhallsstodskrav",
            "underhallsstodsmottag", "utbetalningsuppgift", "vardbidragsarende", "yrkesskadeefterlevandearende",
            "yrkesskadeegenlivrantearende");

    /** What list of the query selects a fragment. */
    public enum Kind {
        /** Case or other information: selected by {@code formansinformation}. */
        INFORMATION,
        /** An executed payment: selected by {@code utbetalningar}. */
        PAYMENT,
        /** A preliminary payment: selected by {@code preliminaraUtbetalningar} (6.0 and 9). */
        PRELIMINARY,
        /** A claim of Pensionsmyndigheten: selected by {@code ansprak} (version 9). */
        CLAIM,
        /** A decision of Pensionsmyndigheten: selected by {@code beslut} (version 9). */
        DECISION
    }

    /** The top-level lists of Pensionsmyndigheten's part of a version 9 answer, in the spec's order. */
    static final List<String> PM_LISTS = List.of("ansprak", "beslut", "preliminaraUtbetalningar", "utbetalningar",
            "ovrigInformation");

    private record Fragment(String element, AnswerXml.Body body) {
    }

    private final Set<Benefit> information;
    private final Set<Benefit> payments;
    private final Set<Benefit> preliminary;
    private final Set<Benefit> claims;
    private final Set<Benefit> decisions;
    private final Set<Benefit> agreement;
    private final List<Fragment> fragments = new ArrayList<>();
    private final List<Fragment> pmFragments = new ArrayList<>();

    /**
     * Creates an answer for what was asked and what the organisation's agreement covers.
     *
     * @param information groups asked in {@code formansinformation}
     * @param payments groups asked in {@code utbetalningar}
     * @param preliminary groups asked in {@code preliminaraUtbetalningar}
     * @param agreement groups the organisation may see
     */
    public AnswerBuilder(Set<Benefit> information, Set<Benefit> payments, Set<Benefit> preliminary, Set<Benefit> agreement) {
        this(information, payments, preliminary, Set.of(), Set.of(), agreement);
    }

    /**
     * Creates a version 9 answer, which can also hold Pensionsmyndigheten's claims and decisions.
     *
     * @param information groups and types asked in {@code formansinformation} and {@code ovrigInformation}
     * @param payments groups asked in {@code utbetalningar}
     * @param preliminary groups asked in {@code preliminaraUtbetalningar}
     * @param claims groups asked in {@code ansprak}
     * @param decisions groups asked in {@code beslut}
     * @param agreement groups the organisation may see
     */
    public AnswerBuilder(Set<Benefit> information, Set<Benefit> payments, Set<Benefit> preliminary, Set<Benefit> claims,
            Set<Benefit> decisions, Set<Benefit> agreement) {
        this.information = information;
        this.payments = payments;
        this.preliminary = preliminary;
        this.claims = claims;
        this.decisions = decisions;
        this.agreement = agreement;
    }

    /**
     * Adds a fragment if it was asked for and the agreement covers its group; otherwise leaves it
     * out without notice, as the service does.
     *
     * @param element the element name inside {@code formansinformation}
     * @param group the benefit group the fragment belongs to
     * @param kind which list of the query selects it
     * @param body writes the element
     */
    public void add(String element, Benefit group, Kind kind, AnswerXml.Body body) {
        if (!ORDER.contains(element)) {
            throw new IllegalArgumentException("not an element of formansinformation: " + element);
        }
        if (selected(group, kind)) {
            fragments.add(new Fragment(element, body));
        }
    }

    /**
     * Adds an item to one of Pensionsmyndigheten's top-level lists of a version 9 answer, if it
     * was asked for and the agreement covers its group.
     *
     * @param list {@code ansprak}, {@code beslut}, {@code preliminaraUtbetalningar},
     *     {@code utbetalningar} or {@code ovrigInformation}
     * @param group the group or information type the item belongs to
     * @param kind which list of the query selects it
     * @param body writes the item
     */
    public void addPensionsmyndigheten(String list, Benefit group, Kind kind, AnswerXml.Body body) {
        if (!PM_LISTS.contains(list)) {
            throw new IllegalArgumentException("not a list of Pensionsmyndigheten's answer: " + list);
        }
        if (selected(group, kind)) {
            pmFragments.add(new Fragment(list, body));
        }
    }

    private boolean selected(Benefit group, Kind kind) {
        Set<Benefit> asked = switch (kind) {
            case INFORMATION -> information;
            case PAYMENT -> payments;
            case PRELIMINARY -> preliminary;
            case CLAIM -> claims;
            case DECISION -> decisions;
        };
        return asked.contains(group) && agreement.contains(group);
    }

    /**
     * Writes the kept items of Pensionsmyndigheten's lists, list by list.
     *
     * @param xml the writer, positioned at the answer's top level
     * @throws XMLStreamException when writing fails
     */
    public void writePensionsmyndigheten(AnswerXml xml) throws XMLStreamException {
        List<Fragment> sorted = new ArrayList<>(pmFragments);
        sorted.sort(Comparator.comparingInt(f -> PM_LISTS.indexOf(f.element())));
        for (Fragment f : sorted) {
            xml.start(f.element());
            f.body().write(xml);
            xml.end();
        }
    }

    /**
     * Writes the kept fragments in schema order.
     *
     * @param xml the writer, positioned inside {@code formansinformation}
     * @throws XMLStreamException when writing fails
     */
    public void write(AnswerXml xml) throws XMLStreamException {
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingInt(f -> ORDER.indexOf(f.element())));
        for (Fragment f : sorted) {
            xml.start(f.element());
            f.body().write(xml);
            xml.end();
        }
    }
}
