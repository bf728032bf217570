package se.lefi.client.v6;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lefi.client.v6.LefiWireMock.answer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.BenefitInformationAssembler;
import se.lefi.client.internal.xml.ContractDate;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PaymentStatus;
import se.lefi.client.v6.internal.jaxb.Formansinformation;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v6.internal.jaxb.ObjectFactory;

/**
 * Proves that nothing the service can deliver is dropped: an answer with every element of the
 * 6.0 schema filled is decoded through the real client, and every element is reachable in the
 * version-neutral model.
 */
class V6EveryElementFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    private static final Set<String> TYPED_LISTS = Set.of("generellPersoninformation", "programanvisning",
            "programjobdagar", "utbetalningsuppgift", "preliminarautbetalningar");
    private static final Set<String> SHARED_TYPES = Set.of("Sifferkod", "Bokstavskod", "Belopp", "FranTill", "Omfattning");

    @Test
    void formansinformation_whenListed_everyListHasAPlaceInTheModel() {
        Set<String> handled = new HashSet<>(BenefitInformationAssembler.CASE_LISTS.keySet());
        handled.addAll(BenefitInformationAssembler.ENTRY_LISTS.keySet());
        handled.addAll(TYPED_LISTS);
        handled.removeAll(BenefitInformationAssembler.VERSION_9_LISTS);
        assertThat(elementNames(Formansinformation.class)).containsExactlyInAnyOrderElementsOf(handled);
    }

    @Test
    void fetch_whenEveryElementFilled_everyElementIsReachable() throws Exception {
        HamtaFormansinformationSvar svar = (HamtaFormansinformationSvar) populate(HamtaFormansinformationSvar.class, 0);
        svar.setLefiOnlineVersion("6.0");
        answer(wm, 200, envelope(svar));

        BenefitInformation info;
        try (LefiClient client = LefiWireMock.client(wm)) {
            info = client.query(Personnummer.parse("198402298452")).period(LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 12, 31)).benefits(Benefit.SJUKPENNING).fetch();
        }
        Formansinformation fi = svar.getFormansinformation();

        covers(info.person().orElseThrow().details(), fi.getGenerellPersoninformation());
        BenefitInformationAssembler.CASE_LISTS.forEach((list, benefit) -> {
            if (BenefitInformationAssembler.VERSION_9_LISTS.contains(list)) {
                return;
            }
            List<BenefitCase> cases = info.cases().stream().filter(c -> c.type().equals(list)).toList();
            assertThat(cases).as(list).hasSize(1);
            assertThat(cases.get(0).benefit()).isEqualTo(benefit);
            covers(cases.get(0).details(), single(read(fi, list)));
        });
        BenefitInformationAssembler.ENTRY_LISTS.forEach((list, benefit) -> {
            if (BenefitInformationAssembler.VERSION_9_LISTS.contains(list)) {
                return;
            }
            var entries = info.entries().stream().filter(e -> e.type().equals(list)).toList();
            assertThat(entries).as(list).hasSize(1);
            covers(entries.get(0).details(), single(read(fi, list)));
        });
        assertThat(info.programmes()).singleElement().satisfies(p -> {
            assertThat(p.programme()).isEqualTo(new Code("7", "text-beskrivning"));
            assertThat(p.period()).isPresent();
            assertThat(p.extent()).contains(new Fraction(7, 7));
        });
        assertThat(info.jobGuarantee()).hasValueSatisfying(j -> {
            assertThat(j.usedDays()).isEqualTo(7);
            assertThat(j.allDaysUsed()).isTrue();
        });
        assertThat(info.payments()).extracting(Payment::status).containsExactly(PaymentStatus.EXECUTED,
                PaymentStatus.PRELIMINARY);
        for (Payment p : info.payments()) {
            assertThat(p.type()).isPresent();
            assertThat(p.company()).isPresent();
            assertThat(p.family().id()).isEqualTo("text-id");
            assertThat(p.paymentDate()).isPresent();
            assertThat(p.period()).isPresent();
            assertThat(p.gross()).isEqualByComparingTo("7.5");
            assertThat(p.tax()).isEqualByComparingTo("7.5");
            assertThat(p.net()).isEqualByComparingTo("7.5");
            PaymentLine line = p.lines().get(0);
            assertThat(line.benefit().id()).isEqualTo("text-id");
            assertThat(line.amount()).isEqualByComparingTo("7.5");
            assertThat(line.amountType()).isPresent();
            assertThat(line.extent()).isPresent();
            assertThat(line.days()).hasValue(7);
            assertThat(line.hours()).hasValue(7);
            assertThat(line.period()).isPresent();
        }
    }

    /** Asserts that the details hold every element of the generated object, recursively. */
    private static void covers(Details details, Object jaxb) {
        for (Field field : fields(jaxb.getClass())) {
            String name = name(field);
            Object value = get(field, jaxb);
            assertThat(details.has(name)).as("element %s of %s", name, jaxb.getClass().getSimpleName()).isTrue();
            Object first = value instanceof List<?> list ? list.get(0) : value;
            Object decoded = details.values(name).get(0);
            XmlType type = first.getClass().getAnnotation(XmlType.class);
            if (type == null) {
                continue;
            }
            switch (type.name()) {
                case "Sifferkod", "Bokstavskod" -> assertThat(decoded).as(name).isInstanceOf(Code.class);
                case "Belopp" -> assertThat(decoded).as(name).isInstanceOf(BigDecimal.class);
                case "FranTill" -> assertThat(decoded).as(name).isInstanceOf(DatePeriod.class);
                case "Omfattning" -> assertThat(decoded).as(name).isInstanceOf(Fraction.class);
                default -> {
                    assertThat(decoded).as(name).isInstanceOf(Details.class);
                    covers((Details) decoded, first);
                }
            }
        }
    }

    private static Object populate(Class<?> type, int depth) throws Exception {
        Object target = type.getDeclaredConstructor().newInstance();
        for (Field field : fields(type)) {
            Object value;
            if (List.class.isAssignableFrom(field.getType())) {
                Class<?> item = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>();
                list.add(leaf(item, name(field), depth));
                value = list;
            } else {
                value = leaf(field.getType(), name(field), depth);
            }
            field.set(target, value);
        }
        return target;
    }

    private static Object leaf(Class<?> type, String name, int depth) throws Exception {
        if (type == String.class) {
            return "personnummer".equals(name) ? "198402298452" : "text-" + name;
        }
        if (type == ContractDate.class) {
            return new ContractDate(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 1, 15));
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Integer.class || type == int.class) {
            return 7;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("7.5");
        }
        if (type == javax.xml.datatype.XMLGregorianCalendar.class) {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar("2020-03-02T10:21:33.640+01:00");
        }
        if (depth > 12) {
            throw new AssertionError("schema nesting deeper than expected at " + name);
        }
        return populate(type, depth + 1);
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> result = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            result.addAll(fields(type.getSuperclass()));
        }
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(XmlAttribute.class)) {
                f.setAccessible(true);
                result.add(f);
            }
        }
        return result;
    }

    private static Set<String> elementNames(Class<?> type) {
        Set<String> names = new HashSet<>();
        fields(type).forEach(f -> names.add(name(f)));
        return names;
    }

    private static String name(Field f) {
        XmlElement e = f.getAnnotation(XmlElement.class);
        return e != null && !"##default".equals(e.name()) ? e.name() : f.getName();
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object read(Formansinformation fi, String list) {
        return fields(Formansinformation.class).stream().filter(f -> name(f).equals(list)).findFirst()
                .map(f -> get(f, fi)).orElseThrow();
    }

    private static Object single(Object value) {
        return value instanceof List<?> list ? list.get(0) : value;
    }

    private static String envelope(HamtaFormansinformationSvar svar) throws Exception {
        Marshaller marshaller = JAXBContext.newInstance(ObjectFactory.class).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        StringWriter out = new StringWriter();
        marshaller.marshal(new ObjectFactory().createHamtaFormansinformationSvar(svar), out);
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" + out
                + "</soapenv:Body></soapenv:Envelope>";
    }
}
