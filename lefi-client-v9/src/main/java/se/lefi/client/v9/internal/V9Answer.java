package se.lefi.client.v9.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.AssembledPayments;
import se.lefi.client.internal.formansinformation.BenefitInformationAssembler;
import se.lefi.client.model.AvailableInformationTypes;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.Details;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PaymentStatus;
import se.lefi.client.model.PensionAward;
import se.lefi.client.model.PensionClaim;
import se.lefi.client.model.PensionDecision;
import se.lefi.client.model.ProviderState;

/**
 * Turns a decoded version 9 answer ({@code LefiExternFormansinformationSvar} as {@link Details})
 * into the version-neutral model: Försäkringskassan's {@code formansinformation} through the same
 * assembler the SOAP versions use, then what version 9 adds: Pensionsmyndigheten's payments,
 * claims, decisions and other information, the providers' states and the deviations.
 *
 * <pre>{@code
 * BenefitInformation info = V9Answer.assemble(svar, request.personnummer(), answeredAt);
 * }</pre>
 */
public final class V9Answer {

    private static final List<String> DEVIATION_LISTS = List.of("formansinformation", "ansprak", "beslut",
            "preliminaraUtbetalningar", "utbetalningar", "ovrigInformation");
    private static final java.util.Set<String> PM_TAX = java.util.Set.of("PM:PS", "PM:PST", "PM:SS", "PM:SST");
    private static final List<String> PM_OTHER = List.of("levnadsintyg", "pensionsbehallning", "pensionsunderlag");

    private V9Answer() {
    }

    /**
     * Builds the model of a query's answer.
     *
     * @param svar the decoded answer
     * @param queried the queried person
     * @param answeredAt when the service answered (its Date header), or null
     * @return the model
     */
    public static BenefitInformation assemble(Details svar, Personnummer queried, OffsetDateTime answeredAt) {
        return assemble(new V9Exchange.DecodedQuery(svar, AssembledPayments.NONE), queried, answeredAt);
    }

    /**
     * Builds the model of a query's answer whose Försäkringskassan payments were built while reading.
     *
     * @param decoded the decoded answer
     * @param queried the queried person
     * @param answeredAt when the service answered (its Date header), or null
     * @return the model
     */
    public static BenefitInformation assemble(V9Exchange.DecodedQuery decoded, Personnummer queried,
            OffsetDateTime answeredAt) {
        Details svar = decoded.svar();
        Details fk = svar.child("formansinformation").orElse(Details.empty());
        BenefitInformation base = BenefitInformationAssembler.assemble(LefiVersion.V9_0, null, answeredAt, fk, queried,
                decoded.payments());
        List<Payment> payments = new ArrayList<>(base.payments());
        svar.children("utbetalningar").forEach(p -> payments.add(pmPayment(p, PaymentStatus.EXECUTED)));
        svar.children("preliminaraUtbetalningar").forEach(p -> payments.add(pmPayment(p, PaymentStatus.PRELIMINARY)));
        List<InformationEntry> entries = new ArrayList<>(base.entries());
        svar.children("ovrigInformation").forEach(o -> entries.add(pmOther(o)));
        return base.toBuilder().payments(payments).entries(entries)
                .claims(svar.children("ansprak").stream().map(V9Answer::claim).toList())
                .pensionDecisions(svar.children("beslut").stream().map(V9Answer::decision).toList())
                .providers(svar.children("utlamnare").stream().map(V9Answer::provider).toList())
                .deviations(deviations(svar))
                .build();
    }

    /**
     * Builds what the organisation may ask for from {@code LefiExternTillgangligaInformationstyper}.
     *
     * @param types the decoded answer
     * @return the model
     */
    public static AvailableInformationTypes availableTypes(Details types) {
        List<Code> all = new ArrayList<>();
        List<List<Benefit>> lists = new ArrayList<>();
        for (String list : DEVIATION_LISTS) {
            List<Benefit> benefits = new ArrayList<>();
            for (Code code : types.codes(list)) {
                benefits.add(Benefit.fromCode(code.id()));
                all.add(code);
            }
            lists.add(benefits);
        }
        return new AvailableInformationTypes(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4),
                lists.get(5), all);
    }

    private static List<Deviation> deviations(Details svar) {
        List<Deviation> result = new ArrayList<>();
        for (Details avvikelser : svar.children("avvikelser")) {
            for (String list : DEVIATION_LISTS) {
                for (Details d : avvikelser.children(list)) {
                    Code group = d.code("formansgrupp").or(() -> d.code("ovrigInformationstyp")).orElse(Code.of(""));
                    Code reason = d.code("avvikelse").orElse(Code.of(""));
                    result.add(Deviation.of(group.id(), reason.id(), reason.description()));
                }
            }
        }
        return result;
    }

    private static ProviderState provider(Details u) {
        String who = u.child("utlamnare").flatMap(p -> p.text("kod")).orElse("");
        Payer payer = switch (who) {
            case "FK" -> Payer.FORSAKRINGSKASSAN;
            case "PM" -> Payer.PENSIONSMYNDIGHETEN;
            default -> Payer.UNKNOWN;
        };
        String state = u.code("tillstand").map(Code::id).orElse("");
        return new ProviderState(payer, ProviderState.State.fromCode(state), state);
    }

    /** Pensionsmyndigheten's payment: whole kronor; rows are compensation, avdrag are tax or deductions. */
    private static Payment pmPayment(Details p, PaymentStatus status) {
        List<PaymentLine> lines = new ArrayList<>();
        Code firstGroup = null;
        for (Details row : p.children("utbetalningsrader")) {
            Code benefit = row.code("utbetalningsforman").or(() -> row.code("formansgrupp")).orElse(Code.of(""));
            if (firstGroup == null) {
                firstGroup = row.code("formansgrupp").orElse(null);
            }
            lines.add(new PaymentLine(benefit, LineKind.COMPENSATION, row.amount("belopp").orElse(BigDecimal.ZERO),
                    row.code("beloppstyp"), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty()));
        }
        Code paid = lines.isEmpty() ? Code.of("") : lines.get(0).benefit();
        for (Details a : p.children("avdrag")) {
            java.util.Optional<Code> type = a.code("avdragstyp");
            LineKind kind = type.map(t -> PM_TAX.contains(t.id())).orElse(false) ? LineKind.TAX : LineKind.DEDUCTION;
            lines.add(new PaymentLine(paid, kind, a.amount("belopp").orElse(BigDecimal.ZERO), type,
                    java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty()));
        }
        BigDecimal compensation = sum(lines, LineKind.COMPENSATION);
        BigDecimal tax = sum(lines, LineKind.TAX);
        BigDecimal deductions = tax.add(sum(lines, LineKind.DEDUCTION));
        BigDecimal gross = p.amount("bruttobelopp").orElse(compensation);
        BigDecimal net = p.amount("nettobelopp").orElseGet(() -> gross.subtract(deductions));
        return new Payment(status, Payer.PENSIONSMYNDIGHETEN, firstGroup == null ? Code.of("") : firstGroup,
                java.util.Optional.empty(), java.util.Optional.empty(), p.date("utbetalningsdatum"),
                p.period("utbetalningsperiod"), gross, tax, deductions, net, lines);
    }

    private static BigDecimal sum(List<PaymentLine> lines, LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(PaymentLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static PensionClaim claim(Details a) {
        return PensionClaim.builder(a.code("formansgrupp").orElse(Code.of(""))).id(a.text("ansprakid").orElse(null))
                .received(a.date("ankomstdatum").orElse(null)).claimedPeriod(a.period("yrkadPeriod").orElse(null))
                .details(a).build();
    }

    private static PensionDecision decision(Details b) {
        List<PensionAward> awards = new ArrayList<>();
        for (Details e : b.children("beslutadErsattning")) {
            Details amount = e.child("beslutatBelopp").orElse(Details.empty());
            awards.add(new PensionAward(e.code("ersattningstyp"), amount.amount("belopp"),
                    amount.code("beloppsfrekvens"), e.period("period"), e));
        }
        return PensionDecision.builder(b.code("formansgrupp").orElse(Code.of(""))).id(b.text("beslutsid").orElse(null))
                .decided(b.date("beslutsdatum").orElse(null)).status(b.code("beslutsstatus").orElse(null))
                .outcome(b.code("beslutsutfall").orElse(null)).awards(awards).details(b).build();
    }

    private static InformationEntry pmOther(Details o) {
        Code type = o.code("informationstyp").orElse(Code.of(""));
        for (String member : PM_OTHER) {
            java.util.Optional<Details> filled = o.child(member);
            if (filled.isPresent()) {
                return InformationEntry.builder(Benefit.fromCode(type.id()), member).details(filled.get()).build();
            }
        }
        return InformationEntry.builder(Benefit.fromCode(type.id()), "ovrigInformation").details(o).build();
    }
}
