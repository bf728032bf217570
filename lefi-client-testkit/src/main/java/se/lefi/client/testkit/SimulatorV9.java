package se.lefi.client.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.SimulatorEngine.Reply;
import se.lefi.client.testkit.internal.AnswerBuilder;
import se.lefi.client.testkit.internal.AnswerTree;
import se.lefi.client.testkit.internal.AnswerXml;
import se.lefi.client.testkit.internal.Fact;
import se.lefi.client.testkit.internal.RenderContext;
import se.lefi.client.testkit.internal.RequestValues;
import se.lefi.client.testkit.internal.V9Codes;
import se.lefi.client.testkit.internal.V9Json;
import se.lefi.client.testkit.internal.V9ParsedRequest;

/**
 * Applies version 9's rules (the REST/JSON "LEFI extern") to one request, with the engine's
 * persons, organisations and disturbances, and writes the JSON answer or the {@code LefiFelsvar}.
 *
 * <p>Rules: an aktörs-id the simulator does not know gets 403; a query with no code, an invalid
 * personnummer or period, a period longer than two years or a code outside its list gets 400;
 * each group asked that the organisation's agreement does not cover gets a deviation
 * {@code OBEHORIG} and no data, and each group made to fail a deviation {@code INTERNT_FEL} and no
 * data; a provider made unavailable shows as {@code OTILLGANGLIG} in {@code utlamnare}, one whose
 * data is made missing as {@code FELANDE}, and neither delivers anything. A person the simulator
 * does not know gets an answer without data: the contract names no error for it.
 */
final class SimulatorV9 {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorV9.class);
    private static final String JSON = "application/json";
    private static final Map<String, String> DEVIATION_ITEM = Map.of("ovrigInformation", "ovrigInformationstyp");

    private final SimulatorEngine engine;

    SimulatorV9(SimulatorEngine engine) {
        this.engine = engine;
    }

    Reply handle(String method, String path, byte[] body) {
        Instant receivedAt = engine.clock().instant();
        Duration globalDelay = engine.delay();
        NetworkFault globalFault = engine.networkFault();
        V9ParsedRequest request;
        try {
            request = V9ParsedRequest.parse(method, path, body);
        } catch (V9ParsedRequest.Unreadable e) {
            if (globalFault != null) {
                return new Reply(0, new byte[0], globalDelay, globalFault, null);
            }
            LOG.debug("[simulator=lefi-extern-9 outcome=unreadable status={} reason={}]", e.status(), e.getMessage());
            return felsvar(e.status(), "Frågan kunde inte tolkas: " + e.getMessage(), null, globalDelay);
        }
        Reply reply;
        try {
            reply = dispatch(request, globalDelay, globalFault);
        } catch (RuntimeException e) {
            // A fact that cannot write itself in version 9's shape is a bug; the client sees the service's 500.
            LOG.warn("[simulator=lefi-extern-9 outcome=internal-error error={}]", e.getClass().getName());
            reply = error(SimulatedError.technical("INTERNT_FEL"), globalDelay);
        }
        if (V9ParsedRequest.QUERY.equals(request.operation())) {
            engine.record(QueryRecords.ofVersion9(request, receivedAt, reply));
        }
        return reply;
    }

    private Reply dispatch(V9ParsedRequest request, Duration globalDelay, NetworkFault globalFault) {
        if (globalFault != null) {
            return new Reply(0, new byte[0], globalDelay, globalFault, null);
        }
        if (!engine.supported().contains(LefiVersion.V9_0)) {
            SimulatedError notServed = new SimulatedError("TEKNISKT_FEL", "VERSION_STODS_EJ",
                    "LEFI extern version 9 stöds inte av denna tjänst.", true);
            return felsvar(404, notServed.felmeddelande(), notServed, globalDelay);
        }
        SimulatedError globalError = engine.error();
        if (globalError != null) {
            return error(globalError, globalDelay);
        }
        SimulatedOrganisation organisation = engine.organisationByAktorsId(request.aktorsId());
        if (organisation == null) {
            return error(SimulatedError.forbidden("Aktören är okänd eller får inte företrädas av anroparen."),
                    globalDelay);
        }
        if (V9ParsedRequest.TYPES.equals(request.operation())) {
            return new Reply(200, availableTypes(organisation), globalDelay, null, null, JSON);
        }
        return query(request, organisation, globalDelay);
    }

    private Reply query(V9ParsedRequest request, SimulatedOrganisation organisation, Duration globalDelay) {
        if (request.lists().values().stream().allMatch(List::isEmpty)) {
            return error(SimulatedError.badRequest(
                    "Frågan anger ingen förmånsgrupp eller informationstyp."), globalDelay);
        }
        String wrong = wrongCode(request);
        if (wrong != null) {
            return error(SimulatedError.badRequest(wrong), globalDelay);
        }
        Personnummer pnr = RequestValues.personnummer(request.personnummer(), RequestValues.TEN_OR_TWELVE_DIGITS);
        if (pnr == null) {
            return error(SimulatedError.badRequest("Personnumret är felaktigt."), globalDelay);
        }
        LocalDate from = RequestValues.date(request.from());
        LocalDate tom = RequestValues.date(request.tom());
        if (from == null || tom == null || from.isAfter(tom)) {
            return error(SimulatedError.badRequest("Perioden är felaktig: from och tom krävs och from får inte vara"
                    + " efter tom."), globalDelay);
        }
        if (tom.isAfter(from.plusYears(2))) {
            return error(SimulatedError.badRequest("Perioden får vara högst två år."), globalDelay);
        }
        SimulatedPerson person = engine.person(pnr).orElse(null);
        Duration delay = person != null && person.delay() != null ? person.delay() : globalDelay;
        if (person != null && person.networkFault() != null) {
            return new Reply(0, new byte[0], delay, person.networkFault(), null);
        }
        if (person != null && person.error() != null) {
            return error(person.error(), delay);
        }
        byte[] json = answer(request, organisation, pnr, person, from, tom);
        LOG.debug("[simulator=lefi-extern-9 operation=hamtaFormansinformation personnummer={} outcome=ok bytes={}]",
                pnr.masked(), json.length);
        return new Reply(200, json, delay, null, null, JSON);
    }

    private byte[] answer(V9ParsedRequest request, SimulatedOrganisation organisation, Personnummer pnr,
            SimulatedPerson person, LocalDate from, LocalDate tom) {
        Set<Benefit> agreement = organisation.agreement();
        Set<Benefit> information = benefits(request.list("formansinformation"));
        information.addAll(benefits(request.list("ovrigInformation")));
        Set<Benefit> claims = benefits(request.list("ansprak"));
        Set<Benefit> decisions = benefits(request.list("beslut"));
        Set<Benefit> payments = benefits(request.list("utbetalningar"));
        Set<Benefit> preliminary = benefits(request.list("preliminaraUtbetalningar"));
        Set<Benefit> failing = engine.failingGroups();
        for (Set<Benefit> asked : List.of(information, claims, decisions, payments, preliminary)) {
            asked.removeAll(failing);
        }
        Set<SimulatedProvider> touched = EnumSet.noneOf(SimulatedProvider.class);
        request.lists().values().forEach(codes -> codes.forEach(c -> touched.add(SimulatedProvider.of(c))));
        Map<SimulatedProvider, String> states = engine.providerStates();
        Set<SimulatedProvider> down = states.keySet();
        AnswerTree root = AnswerTree.root();
        AnswerXml out = new AnswerXml(root);
        try {
            for (SimulatedProvider p : touched) {
                String state = states.getOrDefault(p, "OK");
                String text = switch (state) {
                    case "OTILLGANGLIG" -> p.agency() + " svarade inte.";
                    case "FELANDE" -> "Uppgifter från " + p.agency() + " saknas.";
                    default -> "Uppgifterna är lämnade.";
                };
                out.start("utlamnare");
                out.start("utlamnare").text("kod", p.code()).text("namn", p.agency()).end();
                out.start("tillstand").text("kod", state).text("beskrivning", text).end();
                out.end();
            }
            deviations(out, request, agreement, down, failing);
            if (person != null) {
                RenderContext ctx = new RenderContext(LefiVersion.V9_0, from, tom, engine.today(),
                        organisation.category(), engine.preliminaryBeforeFix());
                AnswerBuilder answer = new AnswerBuilder(information, payments, preliminary, claims, decisions,
                        agreement);
                answer.add("generellPersoninformation", Benefit.GENERELL_PERSONINFORMATION,
                        AnswerBuilder.Kind.INFORMATION, xml -> SimulatorEngine.personInformation(xml, person));
                for (Fact fact : person.facts()) {
                    fact.contribute(ctx, answer);
                }
                if (touched.contains(SimulatedProvider.FORSAKRINGSKASSAN)
                        && !down.contains(SimulatedProvider.FORSAKRINGSKASSAN)) {
                    out.start("formansinformation");
                    answer.write(out);
                    out.end();
                }
                if (!down.contains(SimulatedProvider.PENSIONSMYNDIGHETEN)) {
                    answer.writePensionsmyndigheten(out);
                }
            } else {
                LOG.debug("[simulator=lefi-extern-9 personnummer={} outcome=unknown-person]", pnr.masked());
            }
        } catch (XMLStreamException e) {
            // The tree writer never throws; the signature is the StAX writer's.
            throw new IllegalStateException(e);
        }
        return V9Json.write(root, "LefiExternFormansinformationSvar");
    }

    /**
     * Writes a deviation for each code asked, list by list: {@code OBEHORIG} where the agreement
     * does not cover it, else {@code INTERNT_FEL} where its subsystem fails.
     */
    private static void deviations(AnswerXml out, V9ParsedRequest request, Set<Benefit> agreement,
            Set<SimulatedProvider> down, Set<Benefit> failing) throws XMLStreamException {
        Map<String, List<String>> deviating = new LinkedHashMap<>();
        for (String list : V9ParsedRequest.LISTS) {
            for (String code : new TreeSet<>(request.list(list))) {
                Benefit group = Benefit.fromCode(code);
                // A provider that did not answer shows only in utlamnare, not as deviations.
                if (!down.contains(SimulatedProvider.of(code))
                        && (!agreement.contains(group) || failing.contains(group))) {
                    deviating.computeIfAbsent(list, k -> new ArrayList<>()).add(code);
                }
            }
        }
        if (deviating.isEmpty()) {
            return;
        }
        out.start("avvikelser");
        for (Map.Entry<String, List<String>> e : deviating.entrySet()) {
            for (String code : e.getValue()) {
                String text = V9Codes.text(code);
                out.start(e.getKey());
                if (agreement.contains(Benefit.fromCode(code))) {
                    out.start("avvikelse").text("kod", "INTERNT_FEL")
                            .text("beskrivning", "Uppgifterna om " + text + " kunde inte hämtas.").end();
                } else {
                    out.start("avvikelse").text("kod", "OBEHORIG")
                            .text("beskrivning", "Aktören saknar behörighet till " + text + ".").end();
                }
                out.start(DEVIATION_ITEM.getOrDefault(e.getKey(), "formansgrupp"))
                        .text("kod", code).text("beskrivning", text).end();
                out.end();
            }
        }
        out.end();
    }

    /** Returns a 400 text for a code that is not in its list's enum, or null when all are. */
    private static String wrongCode(V9ParsedRequest request) {
        for (String list : V9ParsedRequest.LISTS) {
            for (String code : request.list(list)) {
                boolean ok = switch (list) {
                    case "formansinformation" -> V9Codes.fkGroups().contains(code);
                    case "ansprak", "beslut" -> V9Codes.pmGroups().contains(code);
                    case "ovrigInformation" -> V9Codes.otherInformation().contains(code);
                    default -> V9Codes.group(code);
                };
                if (!ok) {
                    return "Koden " + code + " är inte tillåten i " + list + ".";
                }
            }
            if (request.list(list).size() != Set.copyOf(request.list(list)).size()) {
                return "En kod förekommer flera gånger i " + list + ".";
            }
        }
        return null;
    }

    private byte[] availableTypes(SimulatedOrganisation organisation) {
        Set<Benefit> agreement = organisation.agreement();
        AnswerTree root = AnswerTree.root();
        AnswerXml out = new AnswerXml(root);
        try {
            types(out, "formansinformation", V9Codes.fkGroups(), agreement);
            types(out, "ansprak", V9Codes.pmGroups(), agreement);
            types(out, "beslut", V9Codes.pmGroups(), agreement);
            Set<String> groups = new TreeSet<>(V9Codes.fkGroups());
            groups.addAll(V9Codes.pmGroups());
            types(out, "preliminaraUtbetalningar", groups, agreement);
            types(out, "utbetalningar", groups, agreement);
            types(out, "ovrigInformation", V9Codes.otherInformation(), agreement);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return V9Json.write(root, "LefiExternTillgangligaInformationstyper");
    }

    private static void types(AnswerXml out, String list, Set<String> codes, Set<Benefit> agreement)
            throws XMLStreamException {
        for (String code : new TreeSet<>(codes)) {
            if (agreement.contains(Benefit.fromCode(code))) {
                out.start(list).text("kod", code).text("beskrivning", V9Codes.text(code)).end();
            }
        }
    }

    private Reply error(SimulatedError e, Duration delay) {
        return felsvar(e.version9Status(), e.felmeddelande(), e, delay, e.withTimestamp());
    }

    private Reply felsvar(int status, String meddelande, SimulatedError e, Duration delay) {
        return felsvar(status, meddelande, e, delay, true);
    }

    private Reply felsvar(int status, String meddelande, SimulatedError e, Duration delay, boolean withTimestamp) {
        LOG.debug("[simulator=lefi-extern-9 outcome=error status={}]", status);
        AnswerTree root = AnswerTree.root();
        root.leaf("meddelande", meddelande);
        if (withTimestamp) {
            root.leaf("timestamp", engine.now());
        }
        return new Reply(status, V9Json.write(root, "LefiFelsvar"), delay, null, e, JSON);
    }

    private static Set<Benefit> benefits(List<String> codes) {
        Set<Benefit> result = EnumSet.noneOf(Benefit.class);
        for (String code : codes) {
            Benefit b = Benefit.fromCode(code);
            if (b != Benefit.UNKNOWN) {
                result.add(b);
            }
        }
        return result;
    }
}
