package se.lefi.client.internal.formansinformation;

import java.math.BigDecimal;
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
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PaymentStatus;
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

    private static final List<String> ENTRY_ORDER = List.of("intjanandebehallning", "intjanandeuppgift",
            "levnadsintygsuppgift", "sjukpenninggrundandeInkomstuppgift", "studiemedelsavisering", "underhallsskuld",
            "skatteuppgift", "sjukOchAktivitetsersattningSteglosAvrakningHistorik",
            "sjukOchAktivitetsersattningSteglosAvrakningNulage");

    /** Stands for a code the answer leaves out; immutable, so one serves every payment. */
    private static final Code NO_CODE = Code.of("");

    private static final Set<String> TAX_BENEFITS = Set.of("PS", "SS");
    // The deduction förmåner of preliminary payments reuse the deduction beloppstyp ids.
    private static final Set<String> DEDUCTION_BENEFITS = Set.of("AFR", "ALA", "ART", "AVB", "AVR", "FMF", "FUM",
            "INC", "INF", "INM", "INU", "KOA", "KVI", "PF", "PST", "SAV", "SKV", "SOC", "SST", "UMG", "UTF", "ÅFA",
            "ÖVA", "OAV", "EKB", "ASAVB", "ASAVR", "ASFRI");

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
        return BenefitInformation.builder(version).correlationId(correlationId).answeredAt(answeredAt)
                .person(information.child("generellPersoninformation").map(p -> person(p, queried)).orElse(null))
                .cases(cases(information)).payments(payments(information)).programmes(programmes(information))
                .jobGuarantee(information.children("programjobdagar").stream().findFirst()
                        .map(BenefitInformationAssembler::jobDays).orElse(null))
                .entries(entries(information)).build();
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
                .decisions(c.children("beslut").stream().map(BenefitInformationAssembler::decision).toList())
                .details(c).steplessSettlement(c.child("steglosAvrakning").map(BenefitInformationAssembler::settlement)
                        .orElse(null))
                .claimedDays(c.children("anspraksdagar").stream().map(BenefitInformationAssembler::day).toList())
                .build();
    }

    /** Builds one year's steglös avräkning of sjuk- or aktivitetsersättning. */
    public static SteplessSettlement settlement(Details s) {
        return new SteplessSettlement(s.integer("artal"), s.amount("arsinkomstISverige"),
                s.amount("arsinkomstIAnnatLand"), s.amount("fribelopp"), s.amount("mellanskillnad"),
                s.amount("tillagg"), s.amount("avgift"), s.amount("utbetalning"), s.amount("aterkrav"));
    }

    /** Builds one decision. */
    public static Decision decision(Details d) {
        List<BenefitDay> days = new ArrayList<>();
        d.children("ersattningsdagar").forEach(day -> days.add(day(day)));
        d.children("bedomdadagar").forEach(day -> days.add(day(day)));
        List<PeriodDecision> periods = d.children("periodbeslut").stream()
                .map(p -> new PeriodDecision(p.period("period"), p.fraction("omfattning"), p.fraction("andel"),
                        p.code("utbetalningstyp"), p))
                .toList();
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
                p.children("adress").stream().map(BenefitInformationAssembler::address).toList(),
                p.children("barn").stream().map(BenefitInformationAssembler::relatedPerson).toList(),
                p.children("samhorig").stream().map(BenefitInformationAssembler::relatedPerson).toList(),
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
        OptionalInt year = e.integer("ar");
        return InformationEntry.builder(benefit, list).details(e).year(year.isPresent() ? year.getAsInt() : null)
                .amount(e.amount("belopp").orElse(null)).premiepensionAmount(e.amount("premiepensionBelopp").orElse(null))
                .build();
    }

    /** Returns executed payments, then preliminary ones. */
    public static List<Payment> payments(Details information) {
        List<Payment> result = new ArrayList<>();
        information.children("utbetalningsuppgift").forEach(p -> result.add(executed(p)));
        information.children("preliminarautbetalningar").forEach(p -> result.add(preliminary(p)));
        return result;
    }

    /** Builds an executed payment: each row's kind follows from the amount it fills. */
    public static Payment executed(Details p) {
        List<PaymentLine> lines = new ArrayList<>();
        for (Details row : p.children("utbetalningsdetalj")) {
            LineKind kind = LineKind.COMPENSATION;
            BigDecimal amount = row.amount("bruttobelopp").orElse(null);
            if (amount == null) {
                kind = LineKind.TAX;
                amount = row.amount("skattebelopp").orElse(null);
            }
            if (amount == null) {
                kind = LineKind.DEDUCTION;
                amount = row.amount("avdragsbelopp").orElse(null);
            }
            if (amount == null) {
                throw new MalformedAnswerException("a payment row has no amount");
            }
            lines.add(line(row, kind, amount));
        }
        BigDecimal gross = p.amount("bruttobelopp").orElseGet(() -> sum(lines, LineKind.COMPENSATION));
        BigDecimal tax = p.amount("skattebelopp").orElseGet(() -> sum(lines, LineKind.TAX));
        BigDecimal deductions = p.amount("avdragsbelopp")
                .orElseGet(() -> tax.add(sum(lines, LineKind.DEDUCTION)));
        BigDecimal net = p.amount("nettobelopp").orElseGet(() -> gross.subtract(deductions));
        Optional<Code> company = p.code("foretag");
        return new Payment(PaymentStatus.EXECUTED, payer(company), p.code("formansfamilj").orElse(NO_CODE),
                p.code("typ"), company, p.date("datum"), p.period("period"), gross, tax, deductions, net, lines);
    }

    /**
     * Builds a preliminary payment: every row gives its amount in bruttobelopp and its kind in
     * its förmån; beloppstyp and avdragsbelopp are empty; deductions are gross minus net; the payer
     * is always Försäkringskassan. A tax or deduction row is given the shape of an executed one,
     * so that lines filter alike: its benefit becomes the payment's (first) compensation förmån and
     * its own förmån ({@code PS}, {@code INF}, ...) its amount type. The contract does not say
     * which benefit a deduction belongs to when a payment has compensation rows of several
     * förmåner: the first one is taken. Without any compensation row the row stays as delivered.
     */
    public static Payment preliminary(Details p) {
        List<Details> rows = p.children("utbetalningsdetalj");
        List<LineKind> kinds = new ArrayList<>(rows.size());
        Code compensationBenefit = null;
        for (Details row : rows) {
            String benefit = row.code("forman").map(Code::id).orElse("");
            LineKind kind = TAX_BENEFITS.contains(benefit) ? LineKind.TAX
                    : DEDUCTION_BENEFITS.contains(benefit) ? LineKind.DEDUCTION : LineKind.COMPENSATION;
            kinds.add(kind);
            if (kind == LineKind.COMPENSATION && compensationBenefit == null) {
                compensationBenefit = row.code("forman").orElse(null);
            }
        }
        List<PaymentLine> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Details row = rows.get(i);
            LineKind kind = kinds.get(i);
            BigDecimal amount = row.amount("bruttobelopp").or(() -> row.amount("skattebelopp"))
                    .or(() -> row.amount("avdragsbelopp"))
                    .orElseThrow(() -> new MalformedAnswerException("a preliminary payment row has no amount"));
            if (kind != LineKind.COMPENSATION && compensationBenefit != null) {
                // Shaped like an executed row: the benefit paid, and the tax or deduction as amount type.
                lines.add(line(row, kind, amount, compensationBenefit, row.code("forman")));
            } else {
                lines.add(line(row, kind, amount));
            }
        }
        BigDecimal gross = p.amount("bruttobelopp").orElseGet(() -> sum(lines, LineKind.COMPENSATION));
        BigDecimal tax = p.amount("skattebelopp").orElseGet(() -> sum(lines, LineKind.TAX));
        BigDecimal net = p.amount("nettobelopp")
                .orElseGet(() -> gross.subtract(sum(lines, LineKind.TAX)).subtract(sum(lines, LineKind.DEDUCTION)));
        return new Payment(PaymentStatus.PRELIMINARY, Payer.FORSAKRINGSKASSAN,
                p.code("formansfamilj").orElse(NO_CODE), p.code("typ"), p.code("foretag"), p.date("datum"),
                p.period("period"), gross, tax, gross.subtract(net), net, lines);
    }

    private static PaymentLine line(Details row, LineKind kind, BigDecimal amount) {
        return line(row, kind, amount, row.code("forman").orElse(NO_CODE), row.code("beloppstyp"));
    }

    private static PaymentLine line(Details row, LineKind kind, BigDecimal amount, Code benefit,
            Optional<Code> amountType) {
        return new PaymentLine(benefit, kind, amount, amountType, row.integer("dagar"), row.integer("timmar"),
                row.period("period"), row.fraction("omfattning"));
    }

    private static BigDecimal sum(List<PaymentLine> lines, LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(PaymentLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static Payer payer(Optional<Code> company) {
        String id = company.map(Code::id).orElse("");
        return switch (id) {
            case "1001" -> Payer.FORSAKRINGSKASSAN;
            case "1003" -> Payer.PENSIONSMYNDIGHETEN;
            default -> Payer.UNKNOWN;
        };
    }
}
