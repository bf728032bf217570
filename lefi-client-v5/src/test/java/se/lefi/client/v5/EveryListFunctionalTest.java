package se.lefi.client.v5;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.BenefitInformationAssembler;
import se.lefi.client.internal.xml.ContractDate;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.v5.internal.jaxb.Formansinformation;
import se.lefi.client.v5.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v5.internal.jaxb.ObjectFactory;

/**
 * Checks that every list of 5.x {@code formansinformation} lands in the domain model: one entry of
 * each list, generated from the schema's own classes, comes back as a case, an entry, a payment,
 * a programme or the person.
 */
class EveryListFunctionalTest {

    private static final Set<String> OTHER_LISTS = Set.of("generellPersoninformation", "programanvisning",
            "utbetalningsuppgift");

    @Test
    void everyFormansinformationList_isKnownToTheAssembler() {
        for (Field f : Formansinformation.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            assertThat(BenefitInformationAssembler.CASE_LISTS.containsKey(f.getName())
                    || BenefitInformationAssembler.ENTRY_LISTS.containsKey(f.getName())
                    || OTHER_LISTS.contains(f.getName())).as("list %s is decoded", f.getName()).isTrue();
        }
    }

    @Test
    void fetch_anAnswerWithOneEntryInEveryList_decodesEachIntoTheModel() throws Exception {
        Formansinformation all = new Formansinformation();
        List<String> caseLists = new ArrayList<>();
        List<String> entryLists = new ArrayList<>();
        for (Field f : Formansinformation.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            if (List.class.isAssignableFrom(f.getType())) {
                Class<?> item = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>();
                list.add(filled(item));
                f.set(all, list);
                if (BenefitInformationAssembler.CASE_LISTS.containsKey(f.getName())) {
                    caseLists.add(f.getName());
                } else if (BenefitInformationAssembler.ENTRY_LISTS.containsKey(f.getName())) {
                    entryLists.add(f.getName());
                }
            } else {
                f.set(all, filled(f.getType()));
            }
        }
        HamtaFormansinformationSvar svar = new HamtaFormansinformationSvar();
        svar.setLefiOnlineVersion("5.1");
        svar.setSvarstidpunkt(DatatypeFactory.newInstance().newXMLGregorianCalendar("2019-09-02T13:05:09.877+02:00"));
        svar.setFormansinformation(all);

        BenefitInformation info = fetch(envelope(svar));

        assertThat(info.cases()).extracting(BenefitCase::type).containsExactlyInAnyOrderElementsOf(caseLists);
        assertThat(info.cases()).noneMatch(c -> c.benefit() == Benefit.UNKNOWN);
        assertThat(info.entries()).extracting(InformationEntry::type).containsExactlyInAnyOrderElementsOf(entryLists);
        assertThat(info.payments()).hasSize(1);
        assertThat(info.programmes()).hasSize(1);
        assertThat(info.person()).isPresent();
        // Every list but those only version 9 has.
        assertThat(caseLists).hasSize((int) BenefitInformationAssembler.CASE_LISTS.keySet().stream()
                .filter(l -> !BenefitInformationAssembler.VERSION_9_LISTS.contains(l)).count());
        assertThat(entryLists).hasSize((int) BenefitInformationAssembler.ENTRY_LISTS.keySet().stream()
                .filter(l -> !BenefitInformationAssembler.VERSION_9_LISTS.contains(l)).count());
    }

    /** Creates an instance with every simple field set, so that no element is empty. */
    private static Object filled(Class<?> type) throws Exception {
        Object o = type.getDeclaredConstructor().newInstance();
        Field firstComplex = null;
        boolean anySet = false;
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("personnummer")) {
                    continue;
                }
                f.setAccessible(true);
                Object value = simpleValue(f.getType());
                if (value != null) {
                    f.set(o, value);
                    anySet = true;
                } else if (firstComplex == null) {
                    firstComplex = f;
                }
            }
        }
        // A type of only structures (such as a case with only decisions) gets its first one filled.
        if (!anySet && firstComplex != null) {
            if (List.class.isAssignableFrom(firstComplex.getType())) {
                Class<?> item = (Class<?>) ((ParameterizedType) firstComplex.getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>();
                list.add(simpleValue(item) != null ? simpleValue(item) : filled(item));
                firstComplex.set(o, list);
            } else {
                firstComplex.set(o, filled(firstComplex.getType()));
            }
        }
        return o;
    }

    private static Object simpleValue(Class<?> t) {
        if (t == Boolean.class || t == boolean.class) {
            return Boolean.TRUE;
        }
        if (t == String.class) {
            return "X";
        }
        if (t == Integer.class || t == int.class) {
            return 1;
        }
        if (t == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (t == ContractDate.class) {
            return ContractDate.parse("2019-05-01");
        }
        return null;
    }

    private static String envelope(HamtaFormansinformationSvar svar) throws Exception {
        Marshaller m = JAXBContext.newInstance(ObjectFactory.class).createMarshaller();
        m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        StringWriter w = new StringWriter();
        m.marshal(new ObjectFactory().createHamtaFormansinformationSvar(svar), w);
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" + w
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static BenefitInformation fetch(String answer) {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        try (LefiClient client = LefiClient.builder().endpoint(URI.create(server.baseUrl() + "/lefionline"))
                .version(LefiVersion.V5_1).organisationsnummer("2120000142").build()) {
            server.stubFor(post(urlEqualTo("/lefionline")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(answer)));
            return client.query(Personnummer.parse("19911205-7782")).period(LocalDate.of(2019, 1, 1),
                    LocalDate.of(2019, 12, 31)).benefits(Benefit.GENERELL_PERSONINFORMATION).fetch();
        } finally {
            server.stop();
        }
    }
}
