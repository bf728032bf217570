package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Details;

/**
 * Tests the one model of the JAXB annotations, and that the request writer and the answer decoder,
 * both built on it, agree on a class's XML form.
 */
class JaxbTypeModelTest {

    @Test
    void properties_whenSubclass_listsSuperclassFirstThenPropOrderThenAttributes() {
        List<String> names = JaxbTypeModel.of(Sample.class).properties().stream().map(JaxbProperty::name).toList();

        assertThat(names).containsExactly("b", "a", "summa", "valuta", "Rad", "tokens", "datum", "v");
    }

    @Test
    void properties_whenStaticOrTransientFields_leavesThemOut() {
        assertThat(JaxbTypeModel.of(Sample.class).properties()).extracting(JaxbProperty::name)
                .doesNotContain("hidden", "CONSTANT");
    }

    @Test
    void of_whenAnnotatedField_readsEveryAnnotation() {
        Map<String, JaxbProperty> byName = new java.util.HashMap<>();
        JaxbTypeModel.of(Sample.class).properties().forEach(p -> byName.put(p.name(), p));

        assertThat(byName.get("v").attribute()).isTrue();
        assertThat(byName.get("summa").attribute()).isFalse();
        assertThat(byName.get("Rad").list()).isTrue();
        assertThat(byName.get("Rad").valueType()).isEqualTo(Integer.class);
        assertThat(byName.get("Rad").nillable()).isTrue();
        assertThat(byName.get("tokens").xmlList()).isTrue();
        assertThat(byName.get("datum").adapter()).isEqualTo(ContractDateAdapter.class);
        assertThat(byName.get("valuta").defaultValue()).isEqualTo("SEK");
        assertThat(byName.get("summa").defaultValue()).isNull();
        // The test package has no @XmlSchema, so its elements are unqualified.
        assertThat(byName.get("summa").namespace()).isEmpty();
    }

    @Test
    void of_whenGeneratedClass_givesSchemaTypeNameAndIsAnnotated() {
        JaxbTypeModel model = JaxbTypeModel.of(Sample.class);

        assertThat(model.typeName()).isEqualTo("Belopp");
        assertThat(model.annotated()).isTrue();
        assertThat(JaxbTypeModel.of(Plain.class).annotated()).isFalse();
        assertThat(JaxbTypeModel.of(Plain.class).typeName()).isEmpty();
    }

    @Test
    void enumConstants_whenXmlEnumValue_mapsLexicalValueToConstant() {
        assertThat(JaxbTypeModel.enumConstants(Slag.class)).containsExactlyInAnyOrderEntriesOf(
                Map.of("FK:SJP", "SJUKPENNING", "OVRIGT", "OVRIGT"));
        assertThat(JaxbTypeModel.lexical(Slag.SJUKPENNING)).isEqualTo("FK:SJP");
        assertThat(JaxbTypeModel.lexical(Slag.OVRIGT)).isEqualTo("OVRIGT");
    }

    @Test
    void writeThenRead_whenSameClass_givesBackWhatWasWritten() throws Exception {
        Svar svar = new Svar();
        svar.version = "6.0";
        svar.kod = new Kod();
        svar.kod.id = "12";
        svar.kod.beskrivning = "Tolv";
        svar.period = new Period();
        svar.period.fran = ContractDate.parse("2020-04-01");
        svar.period.till = ContractDate.parse("2020-04-30");
        svar.antal = List.of(3, 4);
        svar.slag = Slag.SJUKPENNING;
        svar.dagar = List.of("2020-04-01", "2020-04-02");
        assertThat(GeneratedClassWriter.supports(Svar.class)).isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        GeneratedClassWriter.write(writer, new QName("", "svar"), svar);
        writer.close();
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(out.toByteArray()));
        while (!reader.isStartElement()) {
            reader.next();
        }
        Details details = StreamingDetailsReader.forType(Svar.class).read(reader);

        assertThat(details).isEqualTo(Details.builder()
                .add("kod", new Code("12", "Tolv"))
                .add("period", new DatePeriod(Optional.of(LocalDate.of(2020, 4, 1)), Optional.of(LocalDate.of(2020, 4, 30))))
                .add("antal", 3).add("antal", 4)
                .add("slag", "SJUKPENNING")
                .add("dagar", "2020-04-01").add("dagar", "2020-04-02")
                .build());
    }

    @Test
    void writerAndDecoder_whenClassIsNotGenerated_bothRefuseIt() {
        assertThat(GeneratedClassWriter.supports(WithPlainField.class)).isFalse();
        assertThatThrownBy(() -> StreamingDetailsReader.forType(WithPlainField.class).resolveAll())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported property type");
    }

    @XmlType(name = "Bas", propOrder = {"b", "a"})
    static class Base {
        protected String a;
        protected Integer b;
    }

    @XmlType(name = "Belopp", propOrder = {"summa", "valuta", "rows", "tokens", "datum"})
    static class Sample extends Base {
        static final String CONSTANT = "x";
        @XmlAttribute(name = "v")
        protected String version;
        @XmlElement(defaultValue = "SEK")
        protected String valuta;
        protected BigDecimal summa;
        @XmlTransient
        protected String hidden;
        @XmlElement(name = "Rad", nillable = true)
        protected List<Integer> rows;
        @XmlList
        protected List<String> tokens;
        @XmlElement(type = String.class)
        @XmlJavaTypeAdapter(ContractDateAdapter.class)
        protected ContractDate datum;
    }

    static class Plain {
        protected String text;
    }

    @XmlType(name = "MedOkandTyp")
    static class WithPlainField {
        protected Plain plain;
    }

    @XmlType(name = "Slag")
    @XmlEnum
    enum Slag {
        @XmlEnumValue("FK:SJP")
        SJUKPENNING,
        OVRIGT
    }

    @XmlType(name = "Sifferkod", propOrder = {"id", "beskrivning"})
    static class Kod {
        protected String id;
        protected String beskrivning;
    }

    @XmlType(name = "FranTill", propOrder = {"fran", "till"})
    static class Period {
        @XmlElement(type = String.class)
        @XmlJavaTypeAdapter(ContractDateAdapter.class)
        protected ContractDate fran;
        @XmlElement(type = String.class)
        @XmlJavaTypeAdapter(ContractDateAdapter.class)
        protected ContractDate till;
    }

    @XmlType(name = "", propOrder = {"kod", "period", "antal", "slag", "dagar"})
    static class Svar {
        @XmlAttribute(name = "lefiOnlineVersion")
        protected String version;
        protected Kod kod;
        protected Period period;
        protected List<Integer> antal;
        protected Slag slag;
        @XmlList
        protected List<String> dagar;
    }
}
