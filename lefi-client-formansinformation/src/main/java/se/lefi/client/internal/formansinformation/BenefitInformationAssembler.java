package se.lefi.client.internal.formansinformation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.Address;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitDay;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Details;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.JobGuaranteeDays;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PeriodDecision;
import se.lefi.client.model.PersonInformation;
import se.lefi.client.model.ProgrammeAssignment;
import se.lefi.client.model.SteplessSettlement;
import se.lefi.client.model.RelatedPerson;

/**
 * Builds the version-neutral {@link BenefitInformation} from the {@code formansinformation} of an
 * answer, given as {@link Details}.
 *
 * <p>The element names and the rules applied here (which lists hold cases, how payment rows are
 * classified, the quirks of preliminary payments) are the same in every SOAP contract version of
 * LEFI Online; what differs between versions stays in the adapters, which adjust the result
 * (for example 5.0's programmes inside aktivitetsstöd cases).
 */
public final class BenefitInformationAssembler {

    /** The lists whose entries are cases, in contract order, with their benefit group. */
    public static final Map<String, Benefit> CASE_LISTS = caseLists();

    /** The lists that are neither cases nor payments, with their benefit group. */
    public static final Map<String, Benefit> ENTRY_LISTS = Map.of(
            "intjanandebehallning", Benefit.INTJANANDE,
            "intjanandeuppgift", Benefit.INTJANANDE,
            "levnadsintygsuppgift", Benefit.LEVNADSINTYG,
            "sjukpenninggrundandeInkomstuppgift", Benefit.SJUKPENNINGGRUNDANDE_INKOMST,
            "studiemedelsavisering", Benefit.STUDIEMEDELSAVISERING,
            "underhallsskuld", Benefit.UNDERHALLSSTOD,
            // Version 9 only: its own lists for tax reporting and (moved out of the SA case) steglös avräkning.
            "skatteuppgift", Benefit.SKATTEUPPGIFT,
            "sjukOchAktivitetsersattningSteglosAvrakningHistorik", Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING,
            "sjukOchAktivitetsersattningSteglosAvrakningNulage", Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING);

    /** The lists of {@link #CASE_LISTS} and {@link #ENTRY_LISTS} that only version 9 has. */
    public static final Set<String> VERSION_9_LISTS = Set.of("forebyggandeSjukpenningsarende", "mottagareavbarnbidrag",
            "skatteuppgift", "sjukOchAktivitetsersattningSteglosAvrakningHistorik",
            "sjukOchAktivitetsersattningSteglosAvrakningNulage");

    /** Version 9's lists of steglös avräkning, which 5.x and 6.0 deliver inside the case. */
    private static final Set<String> STEPLESS_LISTS = Set.of("sjukOchAktivitetsersattningSteglosAvrakningHistorik",
            "sjukOchAktivitetsersattningSteglosAvrakningNulage");

    private static final List<String> ENTRY_ORDER = List.of("intjanandebehallning", "intjanandeuppgift",
            "levnadsintygsuppgift", "sjukpenninggrundandeInkomstuppgift", "studiemedelsavisering", "underhallsskuld",
            "skatteuppgift", "sjukOchAktivitetsersattningSteglosAvrakningHistorik",
            "sjukOchAktivitetsersattningSteglosAvrakningNulage");

    /** Stands for a code the answer leaves out; immutable, so one serves every payment. */
    private static final Code NO_CODE = Code.of("");

    private BenefitInformationAssembler() {
    }

    private static Map<String, Benefit> caseLists() {
        Map<String, Benefit> m = new LinkedHashMap<>();
        m.put("aktivitetsstodsarende", Benefit.AKTIVITETSSTOD);
        m.put("allmanpensionsarende", Benefit.ALLMAN_PENSION);
        m.put("arbetsskadeefterlevandearende", Benefit.YRKESSKADELIVRANTA);
        m.put("arbetsskadeegenlivrantearende", Benefit.YRKESSKADELIVRANTA);
        m.put("barnbidragsarende", Benefit.BARNBIDRAG);
        m.put("bostadsbidragsarende", Benefit.BOSTADSBIDRAG);
        m.put("bostadstillaggsarende", Benefit.BOSTADSTILLAGG);
        m.put("efterlevandepensionsarende", Benefit.EFTERLEVANDEPENSION);
        m.put("etableringsersattningsarende", Benefit.ETABLERINGSERSATTNING);
        m.put("mottagareavbarnbidrag", Benefit.MOTTAGARE_AV_BARNBIDRAG);
        m.put("foraldrapenningarende", Benefit.FORALDRAPENNING);
        m.put("forebyggandeSjukpenningsarende", Benefit.FOREBYGGANDE_SJUKPENNING);
        m.put("handikappersattningsarende", Benefit.HANDIKAPPERSATTNING);
        m.put("graviditetspenningsarende", Benefit.GRAVIDITETSPENNING);
        m.put("merkostnadsersattningsarende", Benefit.MERKOSTNADSERSATTNING);
        m.put("narstaendepenningarende", Benefit.NARSTAENDEPENNING);
        m.put("omvardnadsbidragsarende", Benefit.OMVARDNADSBIDRAG);
        m.put("programersattningsarende", Benefit.PROGRAMERSATTNING);
        m.put("rehabersattningsarende", Benefit.REHABILITERINGSERSATTNING);
        m.put("sjukOchAktivitetsersattningsarende", Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING);
        m.put("sjukpenningarende", Benefit.SJUKPENNING);
        m.put("smittbararersattningsarende", Benefit.SMITTBARARERSATTNING);
        m.put("tillfalligForaldrapenningarende", Benefit.TILLFALLIG_FORALDRAPENNING);
        m.put("totalforsvarspliktsarende", Benefit.DAGPENNING_TILL_TOTALFORSVARSPLIKTIGA);
        m.put("underhallsstodskrav", Benefit.UNDERHALLSSTOD);
        m.put("underhallsstodsmottag", Benefit.UNDERHALLSSTOD);
        m.put("vardbidragsarende", Benefit.VARDBIDRAG);
        m.put("yrkesskadeefterlevandearende", Benefit.YRKESSKADELIVRANTA);
        m.put("yrkesskadeegenlivrantearende", Benefit.YRKESSKADELIVRANTA);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Builds the answer's model.
     *
     * @param version the version that answered
     * @param correlationId the echoed korrelationsid, or null
     * @param answeredAt the svarstidpunkt, or null
     * @param information the formansinformation element
     * @param queried the queried person, used where the answer leaves out the person's number
     * @return the model
     */
    public static BenefitInformation assemble(LefiVersion version, String correlationId, OffsetDateTime answeredAt,
            Details information, Personnummer queried) {
        return assemble(version, correlationId, answeredAt, information, queried, AssembledPayments.NONE);
    }

    /**
     * Builds the answer's model where the decoder built some payments while reading: those come
     * after the executed, respectively preliminary, payments still in the details.
     *
     * @param version the version that answered
     * @param correlationId the echoed korrelationsid, or null
     * @param answeredAt the svarstidpunkt, or null
     * @param information the formansinformation element
     * @param queried the queried person, used where the answer leaves out the person's number
     * @param assembled the payments built while reading
     * @return the model
     * @throws RuntimeException the failure of a payment built while reading, as the details' own would throw
     */
    public static BenefitInformation assemble(LefiVersion version, String correlationId, OffsetDateTime answeredAt,
            Details information, Personnummer queried, AssembledPayments assembled) {
        BenefitInformation.Builder builder = BenefitInformation.builder(version).correlationId(correlationId)
                .answeredAt(answeredAt)
                .person(information.child("generellPersoninformation").map(p -> person(p, queried)).orElse(null))
                .cases(cases(information));
        return builder.payments(payments(information, assembled)).programmes(programmes(information))
                .jobGuarantee(jobGuarantee(information.children("programjobdagar")))
                .entries(entries(information)).build();
    }

    private static JobGuaranteeDays jobGuarantee(List<Details> lists) {
        return lists.isEmpty() ? null : jobDays(lists.get(0));
    }

    /** Returns one case per entry of every case list, in contract order. */
    public static List<BenefitCase> cases(Details information) {
        List<BenefitCase> cases = new ArrayList<>();
        CASE_LISTS.forEach((list, benefit) -> {
            for (Details c : information.children(list)) {
                cases.add(benefitCase(benefit, list, c));
            }
        });
        return cases;
    }

    /** Builds one case. */
    public static BenefitCase benefitCase(Benefit benefit, String list, Details c) {
        return BenefitCase.builder(benefit).type(list).started(c.date("startades").orElse(null))
                .active(c.flag("aktivt").orElse(false)).rejected(c.flag("avslaget").orElse(false))
                .decisions(ImmutableLists.map(c.children("beslut"), BenefitInformationAssembler::decision))
                .details(c).steplessSettlement(c.child("steglosAvrakning").map(BenefitInformationAssembler::settlement)
                        .orElse(null))
                .claimedDays(ImmutableLists.map(c.children("anspraksdagar"), BenefitInformationAssembler::day))
                .build();
    }

    /** Builds one year's steglös avräkning of sjuk- or aktivitetsersättning. */
    public static SteplessSettlement settlement(Details s) {
        return new SteplessSettlement(year(s), s.amount("arsinkomstISverige"),
                s.amount("arsinkomstIAnnatLand"), s.amount("fribelopp"), s.amount("mellanskillnad"),
                s.amount("tillagg"), s.amount("avgift"), s.amount("utbetalning"), s.amount("aterkrav"));
    }

    /**
     * Reads a settlement's year: a number in the XSD versions, four digits as a string in version 9;
     * anything else is no year.
     */
    private static OptionalInt year(Details s) {
        OptionalInt number = s.integer("artal");
        if (number.isPresent()) {
            return number;
        }
        return s.text("artal").filter(t -> t.length() == 4 && t.chars().allMatch(c -> c >= '0' && c <= '9'))
                .map(t -> OptionalInt.of(Integer.parseInt(t))).orElse(OptionalInt.empty());
    }

    /** Builds one decision. */
    public static Decision decision(Details d) {
        List<BenefitDay> days = new ArrayList<>();
        d.children("ersattningsdagar").forEach(day -> days.add(day(day)));
        d.children("bedomdadagar").forEach(day -> days.add(day(day)));
        List<PeriodDecision> periods = ImmutableLists.map(d.children("periodbeslut"),
                p -> new PeriodDecision(p.period("period"), p.fraction("omfattning"), p.fraction("andel"),
                        p.code("utbetalningstyp"), p));
        return new Decision(d.date("fattades"), d.flag("definitivt").orElse(false), d.code("forman"),
                d.code("delforman"), d.code("periodicitet"), d.period("period"), d.amount("beslutatBruttobelopp"),
                d.amount("samordnatBruttobelopp"), d.fraction("omfattning"), d.integer("dagar"),
                d.flag("karens").orElse(false), d.code("ersattning"), d.code("beslutsutfall"),
                d.code("beslutstyp").or(() -> d.code("beslutstatus")), d.code("ersattningsniva"), days, periods, d);
    }

    /** Builds one day of any benefit's day list. */
    public static BenefitDay day(Details day) {
        return new BenefitDay(day.date("ersattningsdatum").or(() -> day.date("dag")),
                day.amount("ersattningsbelopp").or(() -> day.amount("bruttobelopp"))
                        .or(() -> day.amount("bedomtBelopp")).or(() -> day.amount("belopp")),
                day.amount("karensavdragsbelopp"), day.code("niva"), day.code("ersattning"), day.code("inkomsttyp"),
                day.fraction("omfattning"), day);
    }

    /** Builds the queried person. */
    public static PersonInformation person(Details p, Personnummer queried) {
        return new PersonInformation(p.personnummer("personnummer").orElse(queried), p.text("namn").orElse(""),
                p.date("foddes"), p.flag("skyddad").orElse(false), p.date("avled"),
                ImmutableLists.map(p.children("adress"), BenefitInformationAssembler::address),
                ImmutableLists.map(p.children("barn"), BenefitInformationAssembler::relatedPerson),
                ImmutableLists.map(p.children("samhorig"), BenefitInformationAssembler::relatedPerson),
                p.code("civilstand"), p);
    }

    /** Builds a related person. */
    public static RelatedPerson relatedPerson(Details p) {
        return new RelatedPerson(p.personnummer("personnummer"), p.text("namn").orElse(""), p.date("foddes"),
                p.flag("skyddad").orElse(false), p.date("avled"), p);
    }

    private static Address address(Details a) {
        return new Address(a.codes("roller"), a.texts("utdelningadress"), a.text("postnummer").orElse(""),
                a.text("postort").orElse(""), a.child("land").flatMap(BenefitInformationAssembler::country));
    }

    private static Optional<Code> country(Details land) {
        return land.text("kod").or(() -> land.text("namn")).map(id -> new Code(id, land.text("namn").orElse("")));
    }

    /** Returns the programme assignments of {@code programanvisning}. */
    public static List<ProgrammeAssignment> programmes(Details information) {
        List<ProgrammeAssignment> result = new ArrayList<>();
        for (Details p : information.children("programanvisning")) {
            result.add(new ProgrammeAssignment(p.code("program").orElse(NO_CODE), p.period("period"),
                    p.fraction("omfattning")));
        }
        return result;
    }

    private static JobGuaranteeDays jobDays(Details d) {
        return new JobGuaranteeDays(d.integer("antalForbrukade").orElse(0), d.flag("harForbrukatMaxAntal").orElse(false));
    }

    /** Returns the entries of the lists that are neither cases nor payments. */
    public static List<InformationEntry> entries(Details information) {
        List<InformationEntry> result = new ArrayList<>();
        for (String list : ENTRY_ORDER) {
            for (Details e : information.children(list)) {
                result.add(entry(ENTRY_LISTS.get(list), list, e));
            }
        }
        return result;
    }

    /** Builds one entry of a list that is neither a case nor a payment. */
    public static InformationEntry entry(Benefit benefit, String list, Details e) {
        boolean stepless = STEPLESS_LISTS.contains(list);
        OptionalInt year = stepless ? year(e) : e.integer("ar");
        return InformationEntry.builder(benefit, list).details(e).year(year.isPresent() ? year.getAsInt() : null)
                .amount(e.amount("belopp").orElse(null)).premiepensionAmount(e.amount("premiepensionBelopp").orElse(null))
                .steplessSettlement(stepless ? settlement(e) : null)
                .build();
    }

    /** Returns executed payments, then preliminary ones. */
    public static List<Payment> payments(Details information) {
        return payments(information, AssembledPayments.NONE);
    }

    private static List<Payment> payments(Details information, AssembledPayments assembled) {
        List<Payment> result = new ArrayList<>(assembled.executed().size() + assembled.preliminary().size());
        information.children("utbetalningsuppgift").forEach(p -> result.add(executed(p)));
        if (assembled.failure() != null) {
            throw assembled.failure();
        }
        result.addAll(assembled.executed());
        information.children("preliminarautbetalningar").forEach(p -> result.add(preliminary(p)));
        result.addAll(assembled.preliminary());
        return result;
    }

    /** Builds an executed payment: each row's kind follows from the amount it fills ({@link PaymentAssembler}). */
    public static Payment executed(Details p) {
        return PaymentAssembler.executed(p, PaymentSource.DETAILS);
    }

    /** Builds a preliminary payment by {@link PaymentAssembler#preliminary}'s rules. */
    public static Payment preliminary(Details p) {
        return PaymentAssembler.preliminary(p, PaymentSource.DETAILS);
    }
}
