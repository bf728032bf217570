package se.lefi.client.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.xml.SoapEnvelopeWriter;
import se.lefi.client.testkit.internal.AnswerBuilder;
import se.lefi.client.testkit.internal.AnswerXml;
import se.lefi.client.testkit.internal.Fact;
import se.lefi.client.testkit.internal.Journal;
import se.lefi.client.testkit.internal.ParsedRequest;
import se.lefi.client.testkit.internal.Relative;
import se.lefi.client.testkit.internal.RenderContext;
import se.lefi.client.testkit.internal.RequestValues;
import se.lefi.client.testkit.internal.Scopes;
import se.lefi.client.testkit.internal.TrackedMap;
import se.lefi.client.testkit.internal.TrackedValue;

/**
 * Applies the service's rules to one request and writes the answer or the fault; knows nothing of
 * HTTP, so it can be tested and reused without a server.
 */
final class SimulatorEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorEngine.class);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** What the HTTP layer sends back; {@code error} is the fault answered, if any. */
    record Reply(int status, byte[] body, Duration delay, NetworkFault fault, SimulatedError error, String contentType) {
        /** A SOAP reply. */
        Reply(int status, byte[] body, Duration delay, NetworkFault fault, SimulatedError error) {
            this(status, body, delay, fault, error, "text/xml; charset=UTF-8");
        }
    }

    private final Scopes scopes = new Scopes();
    private final Journal<RecordedQuery> journal = new Journal<>();
    private final TrackedMap<String, SimulatedPerson> persons = new TrackedMap<>(scopes);
    private final TrackedMap<String, SimulatedOrganisation> organisations = new TrackedMap<>(scopes);
    private final TrackedValue<Duration> delay = new TrackedValue<>(scopes, "delay");
    private final TrackedValue<NetworkFault> networkFault = new TrackedValue<>(scopes, "networkFault");
    private final TrackedValue<SimulatedError> error = new TrackedValue<>(scopes, "error");
    private final TrackedValue<Boolean> preliminaryBeforeFix = new TrackedValue<>(scopes, "preliminaryBeforeFix");
    private final TrackedValue<Map<SimulatedProvider, String>> providerStates = new TrackedValue<>(scopes, "providerStates");
    private final TrackedValue<Set<Benefit>> failing = new TrackedValue<>(scopes, "failingGroups");
    private final SimulatorV9 version9 = new SimulatorV9(this);
    private volatile java.util.function.BiConsumer<String, byte[]> version9Requests;
    private final Clock clock;
    private final Set<LefiVersion> supported;
    private final AtomicInteger requests = new AtomicInteger();

    SimulatorEngine(Clock clock, Set<LefiVersion> supported) {
        this.clock = clock;
        this.supported = Set.copyOf(supported);
    }

    void add(SimulatedPerson person) {
        persons.put(person.personnummer().value(), person);
    }

    boolean remove(Personnummer personnummer) {
        return persons.remove(personnummer.value());
    }

    int personCount() {
        return persons.size();
    }

    /** Opens a scope on this thread whose changes {@link #closeScope} undoes and whose queries {@link #requests} shows. */
    Scopes.Scope openScope() {
        return scopes.open(journal.mark());
    }

    void closeScope(Scopes.Scope scope) {
        scopes.close(scope);
    }

    /** Returns the queries since the innermost scope on this thread opened, or all kept when there is none. */
    List<RecordedQuery> requests() {
        Scopes.Scope scope = scopes.current();
        return journal.since(scope == null ? 0 : scope.journalMark());
    }

    void clearRequests() {
        journal.clear();
    }

    Optional<SimulatedPerson> person(Personnummer personnummer) {
        return Optional.ofNullable(persons.get(personnummer.value()));
    }

    void add(SimulatedOrganisation organisation) {
        organisations.put(organisation.tenDigits(), organisation);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Set<LefiVersion> supported() {
        return supported;
    }

    int requestCount() {
        return requests.get();
    }

    void delay(Duration delay) {
        this.delay.set(delay);
    }

    void networkFault(NetworkFault fault) {
        this.networkFault.set(fault);
    }

    void error(SimulatedError error) {
        this.error.set(error);
    }

    void preliminaryBeforeFix(boolean beforeFix) {
        this.preliminaryBeforeFix.set(beforeFix ? Boolean.TRUE : null);
    }

    /**
     * Gives these providers a version 9 state other than {@code OK} ({@code OTILLGANGLIG},
     * {@code FELANDE}); providers that had this state before and are not named get {@code OK} again.
     */
    void providerState(String state, Set<SimulatedProvider> providers) {
        Map<SimulatedProvider, String> next = new EnumMap<>(SimulatedProvider.class);
        next.putAll(providerStates());
        next.values().removeIf(state::equals);
        providers.forEach(p -> next.put(p, state));
        providerStates.set(next.isEmpty() ? null : Collections.unmodifiableMap(next));
    }

    void clearProviderStates() {
        providerStates.set(null);
    }

    /** Returns the providers whose state is not {@code OK}, with their state. */
    Map<SimulatedProvider, String> providerStates() {
        Map<SimulatedProvider, String> states = providerStates.get();
        return states == null ? Map.of() : states;
    }

    void failingGroups(Set<Benefit> groups) {
        this.failing.set(groups == null || groups.isEmpty() ? null : Set.copyOf(groups));
    }

    Set<Benefit> failingGroups() {
        Set<Benefit> set = failing.get();
        return set == null ? Set.of() : set;
    }

    Duration delay() {
        return delay.get();
    }

    NetworkFault networkFault() {
        return networkFault.get();
    }

    SimulatedError error() {
        return error.get();
    }

    boolean preliminaryBeforeFix() {
        return preliminaryBeforeFix.get() != null;
    }

    Clock clock() {
        return clock;
    }

    void record(RecordedQuery query) {
        journal.add(query);
    }

    /** Lets the test kit's own tests see each version 9 request as sent (path and body), to check it against the spec. */
    void onVersion9Request(java.util.function.BiConsumer<String, byte[]> observer) {
        this.version9Requests = observer;
    }

    /** Finds an organisation by its organisationsnummer, 10 digits or 12 with the prefix 16. */
    Optional<SimulatedOrganisation> organisation(String number) {
        return Optional.ofNullable(organisationByNumber(number));
    }

    /** Finds an organisation by the aktörs-id version 9 calls carry. */
    SimulatedOrganisation organisationByAktorsId(String aktorsId) {
        return organisations.values().stream().filter(o -> o.aktorsId().equals(aktorsId)).findFirst().orElse(null);
    }

    /**
     * Answers one request: version 9's paths go to {@link SimulatorV9}, everything else is SOAP.
     *
     * @param method the HTTP method
     * @param path the request path, without the query string
     * @param body the HTTP request body
     * @return status, body and disturbances to apply
     */
    Reply handle(String method, String path, byte[] body) {
        if (ParsedRequest.isVersion9Path(path)) {
            requests.incrementAndGet();
            java.util.function.BiConsumer<String, byte[]> observer = version9Requests;
            if (observer != null) {
                observer.accept(path, body);
            }
            return version9.handle(method, path, body);
        }
        return handle(body);
    }

    /**
     * Answers one SOAP request body.
     *
     * @param body the HTTP request body
     * @return status, body and disturbances to apply
     */
    Reply handle(byte[] body) {
        try {
            return answer(body);
        } catch (RuntimeException e) {
            // Only a fault that cannot be written lands here; answer() handles the rest.
            LOG.warn("[simulator=lefi-online outcome=internal-error error={}]", e.getClass().getName());
            return fault(ParsedRequest.NS6, SimulatedError.technical("INTERNT_FEL"), null);
        }
    }

    private Reply answer(byte[] body) {
        requests.incrementAndGet();
        Instant receivedAt = clock.instant();
        Duration globalDelay = delay.get();
        NetworkFault globalFault = networkFault.get();
        ParsedRequest request;
        try {
            request = ParsedRequest.parse(body);
        } catch (ParsedRequest.Unreadable e) {
            if (globalFault != null) {
                return new Reply(0, new byte[0], globalDelay, globalFault, null);
            }
            LOG.debug("[simulator=lefi-online outcome=unreadable reason={}]", e.getMessage());
            return fault(ParsedRequest.NS6, SimulatedError.business("OGILTIG_FRAGA",
                    "Frågan kunde inte tolkas som en fråga till LEFI Online."), globalDelay);
        }
        Reply reply;
        try {
            reply = dispatch(request, globalDelay, globalFault);
        } catch (RuntimeException e) {
            // A fact that cannot write itself is a bug in the simulator or a user's person; the
            // client then sees what the real service sends for its own failures.
            LOG.warn("[simulator=lefi-online outcome=internal-error error={}]", e.getClass().getName());
            reply = fault(request.namespace(), SimulatedError.technical("INTERNT_FEL"), globalDelay);
        }
        if ("hamtaFormansinformation".equals(request.operation())) {
            journal.add(QueryRecords.of(request, receivedAt, reply));
        }
        return reply;
    }

    private Reply dispatch(ParsedRequest request, Duration globalDelay, NetworkFault globalFault) {
        if (globalFault != null) {
            return new Reply(0, new byte[0], globalDelay, globalFault, null);
        }
        SimulatedError globalError = error.get();
        if (globalError != null) {
            return fault(request.namespace(), globalError, globalDelay);
        }
        if ("ping".equals(request.operation())) {
            return ping(request, globalDelay);
        }
        return query(request, globalDelay);
    }

    private Reply ping(ParsedRequest request, Duration delay) {
        boolean six = ParsedRequest.NS6.equals(request.namespace());
        Optional<LefiVersion> answering = supported.stream().filter(SimulatorEngine::soap)
                .filter(v -> namespace(v).equals(request.namespace())).max(Comparator.naturalOrder());
        if (answering.isEmpty()) {
            return fault(request.namespace(), versionNotSupported(six ? "6.x" : "5.x"), delay);
        }
        byte[] xml = SoapEnvelopeWriter.write(w -> {
            root(w, request.namespace(), "pingSvar");
            element(w, request.namespace(), "tidpunkt", now());
            element(w, request.namespace(), "lefiOnlineVersion", answering.get().wireValue());
            w.writeEndElement();
        });
        return new Reply(200, xml, delay, null, null);
    }

    private Reply query(ParsedRequest request, Duration globalDelay) {
        String ns = request.namespace();
        Optional<LefiVersion> version = LefiVersion.fromWireValue(request.version()).filter(SimulatorEngine::soap)
                .filter(v -> namespace(v).equals(ns));
        if (version.isEmpty() || !supported.contains(version.get())) {
            return fault(ns, versionNotSupported(String.valueOf(request.version())), globalDelay);
        }
        LefiVersion v = version.get();
        if (request.information().isEmpty() && request.payments().isEmpty() && request.preliminary().isEmpty()) {
            return fault(ns, SimulatedError.business("INGEN_FORMAN_VALD",
                    "Frågan anger ingen förmånsgrupp. Ange minst en kod i formansinformation eller utbetalningar."),
                    globalDelay);
        }
        Personnummer pnr = RequestValues.personnummer(request.personnummer(), RequestValues.TWELVE_DIGITS);
        if (pnr == null) {
            return fault(ns, SimulatedError.business("OGILTIGT_PERSONNUMMER",
                    "Personnumret är felaktigt eller har fel kontrollsiffra."), globalDelay);
        }
        LocalDate from = RequestValues.date(request.from());
        LocalDate tom = RequestValues.date(request.tom());
        if (from == null || tom == null || from.isAfter(tom)) {
            return fault(ns, SimulatedError.business("OGILTIG_PERIOD",
                    "Perioden är felaktig: from får inte vara efter tom."), globalDelay);
        }
        SimulatedOrganisation organisation = organisationByNumber(request.organisationsnummer());
        if (organisation == null) {
            return fault(ns, obehorig("Organisationen saknar anslutningsavtal för LEFI Online."), globalDelay);
        }
        SimulatedPerson person = persons.get(pnr.value());
        if (person == null) {
            return fault(ns, SimulatedError.business("PERSON_SAKNAS",
                    "Den efterfrågade personen finns inte i Försäkringskassans register."), globalDelay);
        }
        Duration delay = person.delay() != null ? person.delay() : globalDelay;
        if (person.networkFault() != null) {
            return new Reply(0, new byte[0], delay, person.networkFault(), null);
        }
        if (person.error() != null) {
            return fault(ns, person.error(), delay);
        }
        Set<Benefit> information = groups(request.information(), v);
        Set<Benefit> payments = groups(request.payments(), v);
        Set<Benefit> preliminary = groups(request.preliminary(), v).stream().filter(Benefit::hasPreliminaryPayments)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Benefit.class)));
        Set<Benefit> asked = EnumSet.noneOf(Benefit.class);
        asked.addAll(information);
        asked.addAll(payments);
        asked.addAll(preliminary);
        if (!asked.isEmpty() && asked.stream().noneMatch(organisation.agreement()::contains)) {
            return fault(ns, obehorig("Organisationens avtal omfattar inte de efterfrågade uppgifterna."), delay);
        }
        RenderContext ctx = new RenderContext(v, from, tom, today(), organisation.category(),
                preliminaryBeforeFix.get() != null);
        AnswerBuilder answer = new AnswerBuilder(information, payments, preliminary, organisation.agreement());
        answer.add("generellPersoninformation", Benefit.GENERELL_PERSONINFORMATION, AnswerBuilder.Kind.INFORMATION,
                xml -> personInformation(xml, person));
        for (Fact fact : person.facts()) {
            fact.contribute(ctx, answer);
        }
        byte[] xml = SoapEnvelopeWriter.write(w -> {
            root(w, ns, "hamtaFormansinformationSvar");
            w.writeAttribute("lefiOnlineVersion", v.wireValue());
            element(w, ns, "korrelationsid", request.korrelationsid() == null || request.korrelationsid().isEmpty()
                    ? null : request.korrelationsid());
            element(w, ns, "svarstidpunkt", now());
            w.writeStartElement(ns, "formansinformation");
            answer.write(new AnswerXml(w, ns));
            w.writeEndElement();
            w.writeEndElement();
        });
        LOG.debug("[simulator=lefi-online operation=hamtaFormansinformation version={} personnummer={} outcome=ok"
                + " bytes={}]", v, pnr.masked(), xml.length);
        return new Reply(200, xml, delay, null, null);
    }

    static void personInformation(AnswerXml xml, SimulatedPerson p) throws XMLStreamException {
        xml.text("personnummer", p.personnummer().value());
        xml.date("foddes", p.personnummer().birthDate());
        xml.text("namn", p.name());
        xml.flag("skyddad", p.protectedIdentity());
        xml.date("avled", p.died().orElse(null));
        if (!p.protectedIdentity()) {
            // A protected identity keeps its name but never its addresses.
            xml.start("adress");
            xml.code("roller", 1, "Folkbokföringsadress");
            xml.text("utdelningadress", p.street());
            xml.text("postnummer", p.postcode());
            xml.text("postort", p.town());
            xml.start("land").text("kod", "SE").text("namn", "SVERIGE").end();
            xml.end();
        }
        for (Relative child : p.children()) {
            xml.person("barn", child.personnummer(), child.born(), child.name(), false);
        }
        xml.code("civilstand", 1, "Ogift");
        if (!p.protectedIdentity()) {
            xml.start("folkbokford").text("lan", "01").text("kommun", "80").end();
        }
        xml.start("medborgarskap").start("land").text("kod", "SE").text("namn", "SVERIGE").end().end();
    }

    private Reply fault(String ns, SimulatedError e, Duration delay) {
        LOG.debug("[simulator=lefi-online outcome=fault feltyp={} felkod={}]", e.feltyp(), e.felkod());
        byte[] xml = SoapEnvelopeWriter.write(w -> {
            String soap = SoapEnvelopeWriter.SOAP11_NS;
            w.writeStartElement("soapenv", "Fault", soap);
            w.writeStartElement("faultcode");
            w.writeCharacters(e.clientFault() ? "soapenv:Client" : "soapenv:Server");
            w.writeEndElement();
            w.writeStartElement("faultstring");
            w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "sv");
            w.writeCharacters(e.felmeddelande());
            w.writeEndElement();
            w.writeStartElement("detail");
            root(w, ns, "lefiFel");
            element(w, ns, "feltyp", e.feltyp());
            element(w, ns, "felkod", e.felkod());
            element(w, ns, "felmeddelande", e.felmeddelande());
            if (e.withTimestamp()) {
                element(w, ns, "tidpunkt", now());
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
        return new Reply(500, xml, delay, null, e);
    }

    private SimulatedError versionNotSupported(String asked) {
        String window = supported.stream().filter(SimulatorEngine::soap).sorted().map(LefiVersion::wireValue)
                .collect(Collectors.joining(" eller "));
        return new SimulatedError("TEKNISKT_FEL", "VERSION_STODS_EJ",
                "LEFI Online " + asked + " stöds inte. Använd version " + window + ".", true);
    }

    private static SimulatedError obehorig(String text) {
        return SimulatedError.business("OBEHORIG", text);
    }

    private SimulatedOrganisation organisationByNumber(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replace("-", "").trim();
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        return organisations.get(digits);
    }

    private static Set<Benefit> groups(List<String> codes, LefiVersion version) {
        Set<Benefit> result = EnumSet.noneOf(Benefit.class);
        for (String code : codes) {
            Benefit b = Benefit.fromCode(code);
            // Unknown codes are ignored, as are version 9's (no SOAP version has them); FK:PJOB does not exist before 6.0.
            if (b != Benefit.UNKNOWN && !b.onlyInVersion9()
                    && (b != Benefit.JOBB_OCH_UTVECKLINGSGARANTI || version == LefiVersion.V6_0)) {
                result.add(b);
            }
        }
        return result;
    }

    String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).format(DATE_TIME);
    }

    /** Tells whether a version is one of the SOAP versions this class answers; version 9 is {@link SimulatorV9}'s. */
    static boolean soap(LefiVersion version) {
        return version != LefiVersion.V9_0;
    }

    static String namespace(LefiVersion version) {
        return version.compareTo(LefiVersion.V6_0) >= 0 ? ParsedRequest.NS6 : ParsedRequest.NS5;
    }

    private static void root(XMLStreamWriter w, String ns, String name) throws XMLStreamException {
        w.setDefaultNamespace(ns);
        w.writeStartElement(ns, name);
        w.writeDefaultNamespace(ns);
    }

    private static void element(XMLStreamWriter w, String ns, String name, String text) throws XMLStreamException {
        if (text != null) {
            w.writeStartElement(ns, name);
            w.writeCharacters(text);
            w.writeEndElement();
        }
    }
}
