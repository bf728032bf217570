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

    /** The elements of {@code formansinformation}, in schema order (6.0 is a superset of 5.x). */
    static final List<String> ORDER = List.of("generellPersoninformation", "aktivitetsstodsarende",
            "allmanpensionsarende", "arbetsskadeefterlevandearende", "arbetsskadeegenlivrantearende",
            "barnbidragsarende", "bostadsbidragsarende", "bostadstillaggsarende", "efterlevandepensionsarende",
            "etableringsersattningsarende", "foraldrapenningarende", "handikappersattningsarende",
            "graviditetspenningsarende", "intjanandebehallning", "intjanandeuppgift", "levnadsintygsuppgift",
            "merkostnadsersattningsarende", "narstaendepenningarende", "omvardnadsbidragsarende",
            "preliminarautbetalningar", "programanvisning", "programersattningsarende", "programjobdagar",
            "rehabersattningsarende", "sjukOchAktivitetsersattningsarende", "sjukpenningarende",
            "sjukpenninggrundandeInkomstuppgift", "smittbararersattningsarende", "studiemedelsavisering",
            "tillfalligForaldrapenningarende", "totalforsvarspliktsarende", "underhallsskuld", "underhallsstodskrav",
            "underhallsstodsmottag", "utbetalningsuppgift", "vardbidragsarende", "yrkesskadeefterlevandearende",
            "yrkesskadeegenlivrantearende");

    /** What list of the query selects a fragment. */
    public enum Kind {
        /** Case or other information: selected by {@code formansinformation}. */
        INFORMATION,
        /** An executed payment: selected by {@code utbetalningar}. */
        PAYMENT,
        /** A preliminary payment: selected by {@code preliminaraUtbetalningar} (6.0). */
        PRELIMINARY
    }

    private record Fragment(String element, AnswerXml.Body body) {
    }

    private final Set<Benefit> information;
    private final Set<Benefit> payments;
    private final Set<Benefit> preliminary;
    private final Set<Benefit> agreement;
    private final List<Fragment> fragments = new ArrayList<>();

    /**
     * Creates an answer for what was asked and what the organisation's agreement covers.
     *
     * @param information groups asked in {@code formansinformation}
     * @param payments groups asked in {@code utbetalningar}
     * @param preliminary groups asked in {@code preliminaraUtbetalningar}
     * @param agreement groups the organisation may see
     */
    public AnswerBuilder(Set<Benefit> information, Set<Benefit> payments, Set<Benefit> preliminary, Set<Benefit> agreement) {
        this.information = information;
        this.payments = payments;
        this.preliminary = preliminary;
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
        Set<Benefit> asked = switch (kind) {
            case INFORMATION -> information;
            case PAYMENT -> payments;
            case PRELIMINARY -> preliminary;
        };
        if (asked.contains(group) && agreement.contains(group)) {
            fragments.add(new Fragment(element, body));
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
