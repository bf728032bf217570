package se.lefi.client.v6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.Benefit;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.internal.formansinformation.BenefitInformationAssembler;
import se.lefi.client.internal.xml.StreamingDetailsReader;
import se.lefi.client.internal.xml.ContractDate;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Details;
import se.lefi.client.model.PingResult;
import se.lefi.client.tck.JaxbReferenceDecoder;
import se.lefi.client.spi.IncomingMessage;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationFraga;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v6.internal.jaxb.PingSvar;
import se.lefi.client.v6.internal.jaxb.ObjectFactory;

/**
 * Proves that the streaming decode gives exactly what JAXB unmarshalling followed by
 * {@link JaxbReferenceDecoder} gives: on every sample answer and on an answer with every element filled.
 */
class V6StreamingDecodeTest {

    private static final QueryRequest REQUEST = new QueryRequest(LefiVersion.V6_0, "2120000142", Optional.empty(),
            Personnummer.parse("198402298452"), LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29),
            List.of(Benefit.SJUKPENNING), List.of(), List.of());

    @ParameterizedTest
    @ValueSource(strings = {"02-svar.xml", "04-svar-karensersattning.xml", "06-svar-preliminara-utbetalningar.xml",
            "07-svar-preliminara-fore-rattning.xml"})
    void decodeQuery_whenSample_equalsJaxbThenJaxbDetails(String sample) throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/samples/6.0/" + sample)) {
            bytes = in.readAllBytes();
        }
        assertEquivalent(bytes);
    }

    @Test
    void decodeQuery_whenEveryElementFilled_equalsJaxbThenJaxbDetails() throws Exception {
        HamtaFormansinformationSvar svar = (HamtaFormansinformationSvar) populate(HamtaFormansinformationSvar.class, 0);
        svar.setLefiOnlineVersion("6.0");
        StringWriter xml = new StringWriter();
        Marshaller marshaller = JAXBContext.newInstance(ObjectFactory.class).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        marshaller.marshal(new ObjectFactory().createHamtaFormansinformationSvar(svar), xml);
        String envelope = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body>" + xml
                + "</e:Body></e:Envelope>";

        Details details = assertEquivalent(envelope.getBytes(StandardCharsets.UTF_8));

        assertThat(details.names()).hasSize(fieldCount(svar.getFormansinformation().getClass()));
    }

    @Test
    void read_whenUnknownElementsAndCommentsAndSplitText_skipsOrJoinsThemAsJaxbDoes() throws Exception {
        String xml = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body>"
                + "<hamtaFormansinformationSvar xmlns=\"urn:lefi-online:formansinformation:6\" lefiOnlineVersion=\"6.0\">"
                + "<korrelationsid>ab<!-- c -->cd<![CDATA[ef]]></korrelationsid><nyttElement><x>1</x></nyttElement>"
                + "<formansinformation><programjobdagar><antalForbrukade> 12 </antalForbrukade>"
                + "<harForbrukatMaxAntal>1</harForbrukatMaxAntal><okand/></programjobdagar></formansinformation>"
                + "</hamtaFormansinformationSvar></e:Body></e:Envelope>";
        Details details = assertEquivalent(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(details.child("programjobdagar").orElseThrow().integer("antalForbrukade")).hasValue(12);
    }

    @Test
    void decodeQuery_whenNumberCannotBeRead_failsAsProtocolError() {
        String xml = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body>"
                + "<hamtaFormansinformationSvar xmlns=\"urn:lefi-online:formansinformation:6\" lefiOnlineVersion=\"6.0\">"
                + "<formansinformation><programjobdagar><antalForbrukade>tolv</antalForbrukade>"
                + "</programjobdagar></formansinformation></hamtaFormansinformationSvar></e:Body></e:Envelope>";
        assertThatThrownBy(() -> decode(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(LefiProtocolException.class).hasMessageContaining("antalForbrukade");
    }

    @Test
    void resolveAll_whenWholeContractModelled_everyClassIsSupported() {
        StreamingDetailsReader answer = StreamingDetailsReader.forType(HamtaFormansinformationSvar.class);
        StreamingDetailsReader ping = StreamingDetailsReader.forType(PingSvar.class);

        assertThatCode(answer::resolveAll).doesNotThrowAnyException();
        assertThatCode(ping::resolveAll).doesNotThrowAnyException();
    }

    @Test
    void resolveAll_whenANestedClassHasAnUnsupportedProperty_throwsNamingIt() {
        // forType models only the root, so the nested class's problem surfaces in resolveAll alone.
        StreamingDetailsReader reader = StreamingDetailsReader.forType(WithUnsupportedChild.class);

        assertThatThrownBy(reader::resolveAll).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported property type java.util.Date").hasMessageContaining("when");
    }

    @XmlType(name = "withUnsupportedChild")
    static class WithUnsupportedChild {
        UnsupportedChild child;
    }

    @XmlType(name = "unsupportedChild")
    static class UnsupportedChild {
        java.util.Date when;
    }

    @Test
    void decodePing_whenSample_equalsJaxb() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/samples/6.0/12-pingsvar.xml")) {
            bytes = in.readAllBytes();
        }
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(bytes));
        while (!(reader.getEventType() == XMLStreamConstants.START_ELEMENT
                && "pingSvar".equals(reader.getLocalName()))) {
            reader.next();
        }
        PingSvar viaJaxb = JaxbReferenceDecoder.unmarshal(ObjectFactory.class, reader, PingSvar.class);

        PingResult ping = new V6Adapter().decodePing(LefiVersion.V6_0,
                new IncomingMessage(200, Optional.of("text/xml"), new ByteArrayInputStream(bytes)));

        assertThat(ping.answeredAt()).isEqualTo(java.time.OffsetDateTime.parse(viaJaxb.getTidpunkt().toXMLFormat()));
        assertThat(ping.version()).isEqualTo(LefiVersion.V6_0);
    }

    @Test
    void encodeQuery_whenWrittenWithoutJaxbContext_isValidAndUnmarshalsToTheQuery() throws Exception {
        QueryRequest request = new QueryRequest(LefiVersion.V6_0, "2120000142", Optional.of("id-1"),
                Personnummer.parse("198402298452"), LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29),
                List.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING), List.of(Benefit.SJUKPENNING),
                List.of(Benefit.FORALDRAPENNING));
        byte[] body = new V6Adapter().encodeQuery(request).body();

        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(body));
        while (!(reader.getEventType() == XMLStreamConstants.START_ELEMENT
                && "hamtaFormansinformation".equals(reader.getLocalName()))) {
            reader.next();
        }
        HamtaFormansinformationFraga fraga = JaxbReferenceDecoder.unmarshal(ObjectFactory.class, reader, HamtaFormansinformationFraga.class);
        assertThat(fraga.getLefiOnlineVersion()).isEqualTo("6.0");
        assertThat(fraga.getOrganisationsnummer()).isEqualTo("2120000142");
        assertThat(fraga.getKorrelationsid()).isEqualTo("id-1");
        assertThat(fraga.getPersonnummer()).isEqualTo("198402298452");
        assertThat(fraga.getPeriod().getFrom().toXMLFormat()).isEqualTo("2019-11-01");
        assertThat(fraga.getPeriod().getTom().toXMLFormat()).isEqualTo("2020-02-29");
        assertThat(fraga.getFormansinformation()).containsExactly("FK:GEPI", "FK:SJP");
        assertThat(fraga.getUtbetalningar()).containsExactly("FK:SJP");
        assertThat(fraga.getPreliminaraUtbetalningar()).containsExactly("FK:FP");

        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(V6Adapter.class.getResource("contract/lefi-online-6.xsd")).newValidator();
        String xml = new String(body, StandardCharsets.UTF_8);
        String payload = xml.substring(xml.indexOf("<hamtaFormansinformation"),
                xml.indexOf("</hamtaFormansinformation>") + "</hamtaFormansinformation>".length());
        validator.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(payload)));
    }

    private static Details assertEquivalent(byte[] envelope) throws Exception {
        HamtaFormansinformationSvar svar = JaxbReferenceDecoder.unmarshal(ObjectFactory.class, toPayload(envelope), HamtaFormansinformationSvar.class);
        Details expected = JaxbReferenceDecoder.of(svar.getFormansinformation());
        Details streamed = StreamingDetailsReader.forType(HamtaFormansinformationSvar.class).read(toPayload(envelope))
                .child("formansinformation").orElse(Details.empty());
        assertThat(streamed).isEqualTo(expected);
        assertThat(List.copyOf(streamed.names())).isEqualTo(List.copyOf(expected.names()));

        BenefitInformation viaJaxb = BenefitInformationAssembler.assemble(LefiVersion.V6_0, svar.getKorrelationsid(),
                svar.getSvarstidpunkt() == null ? null
                        : java.time.OffsetDateTime.parse(svar.getSvarstidpunkt().toXMLFormat()),
                expected, REQUEST.personnummer());
        assertThat(decode(envelope)).isEqualTo(viaJaxb);
        return streamed;
    }

    private static BenefitInformation decode(byte[] envelope) {
        return new V6Adapter().decodeQuery(REQUEST,
                new IncomingMessage(200, Optional.of("text/xml"), new ByteArrayInputStream(envelope)));
    }

    private static XMLStreamReader toPayload(byte[] envelope) throws Exception {
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(envelope));
        while (!(reader.getEventType() == XMLStreamConstants.START_ELEMENT
                && "hamtaFormansinformationSvar".equals(reader.getLocalName()))) {
            reader.next();
        }
        return reader;
    }

    private static int fieldCount(Class<?> type) {
        return fields(type).size();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> result = new ArrayList<>();
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.isAnnotationPresent(XmlAttribute.class)) {
                    f.setAccessible(true);
                    result.add(f);
                }
            }
        }
        return result;
    }

    /** Fills every element with a value of its type, two entries per list, nested types recursively. */
    private static Object populate(Class<?> type, int depth) throws Exception {
        Object target = type.getDeclaredConstructor().newInstance();
        for (Field field : fields(type)) {
            if (List.class.isAssignableFrom(field.getType())) {
                Class<?> item = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
                List<Object> list = new ArrayList<>();
                field.set(target, list);
                for (int i = 0; i < 2; i++) {
                    list.add(value(item, field.getName(), depth + i));
                }
            } else {
                field.set(target, value(field.getType(), field.getName(), depth));
            }
        }
        return target;
    }

    private static Object value(Class<?> type, String name, int seed) throws Exception {
        if (type == String.class) {
            return name.equals("personnummer") ? "198402298452" : name.equals("status") ? "LEVER" : "text-" + seed;
        }
        if (type == Boolean.class) {
            return seed % 2 == 0;
        }
        if (type == Integer.class) {
            return 7 + seed;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("7.5").add(BigDecimal.valueOf(seed));
        }
        if (type == ContractDate.class) {
            LocalDate day = LocalDate.of(2020, 1, 1 + seed);
            return new ContractDate(day, day);
        }
        if (type == javax.xml.datatype.XMLGregorianCalendar.class) {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar("2020-03-02T10:21:33.640+01:00");
        }
        if (type.isAnnotationPresent(XmlType.class)) {
            return populate(type, seed + 1);
        }
        throw new IllegalStateException("no value for " + type);
    }
}
