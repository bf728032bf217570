package se.lefi.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Holds the UTF-8 reader to two other parsers: on every document it accepts it must report what
 * Woodstox reports, and whatever the JDK's own SAX parser rejects as not well-formed it must reject
 * too (checked on hand-written cases and on thousands of seeded random mutations).
 */
class Utf8XmlReaderTest {

    private static final String RICH = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<!-- before the root -->\n<?keep me?>\n"
            + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\r\n"
            + "  <S:Body>\n"
            + "    <svar xmlns=\"http://lefi.example/v6\" xmlns:a='urn:a' a:id=\"1 &amp; 2\" plain='x&#x9;y&#10;z\r\nw'>\n"
            + "      <namn>Åsa Öberg &lt;&gt;&apos;&quot; &#229;&#x1F600; 😀 ]] ] &gt;</namn>\n"
            + "      <tom/><tom2 xsi:nil=\"true\"></tom2>\n"
            + "      <text>a<!-- split -->b<![CDATA[<c> & ]] d]]>e<?pi data?>f\r\ng\rh</text>\n"
            + "      <a:belopp a:valuta=\"SEK\">1234.50</a:belopp>\n"
            + "      <inner xmlns=\"\"><noNamespace>1</noNamespace></inner>\n"
            + "      <xml:lang-holder xml:lang=\"sv\"/>\n"
            + "    </svar>\n"
            + "  </S:Body>\n"
            + "</S:Envelope>\n<!-- after -->\n";

    @Test
    void next_whenDocumentUsesEveryFeature_reportsWhatWoodstoxReports() throws Exception {
        byte[] xml = RICH.getBytes(StandardCharsets.UTF_8);

        List<String> events = events(Utf8XmlReader.openOrNull(new ByteArrayInputStream(xml), new InputStream[1]));

        assertThat(events).isEqualTo(events(SafeXml.openWithWoodstox(new ByteArrayInputStream(xml))));
        assertThat(events).contains("C" + "Åsa Öberg <>'\" å\uD83D\uDE00 😀 ]] ] >", "Ca" + "b<c> & ]] de" + "f\ng\nh",
                "S{urn:a}belopp[{urn:a}valuta=SEK]", "S{}noNamespace[]");
    }

    @Test
    void next_whenBufferBoundaryFallsAnywhere_readsTheSame() throws Exception {
        // One byte per read puts a buffer refill inside every name, reference and multi-byte character.
        byte[] xml = RICH.getBytes(StandardCharsets.UTF_8);
        List<String> expected = events(SafeXml.openWithWoodstox(new ByteArrayInputStream(xml)));

        assertThat(events(Utf8XmlReader.openOrNull(new Trickle(xml), new InputStream[1]))).isEqualTo(expected);
    }

    @Test
    void next_whenTextIsLargerThanTheBuffer_readsItWhole() throws Exception {
        String big = "åäö<>".repeat(20_000);
        String xml = "<r><t>" + big.replace("<", "&lt;").replace(">", "&gt;") + "</t></r>";

        List<String> events = events(SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));

        assertThat(events).containsExactly("S{}r[]", "S{}t[]", "C" + big, "E{}t", "E{}r");
    }

    @Test
    void nextSkippingText_whenTextBetweenElements_returnsTheElementsOnly() throws Exception {
        Utf8XmlReader reader = Utf8XmlReader.openOrNull(stream("<r>\n  x &amp; å <a>t</a>\r\n <b/> </r>"),
                new InputStream[1]);
        List<String> events = new ArrayList<>();

        for (int e = reader.nextSkippingText(); e != XMLStreamConstants.END_DOCUMENT; e = reader.nextSkippingText()) {
            events.add(e + reader.getLocalName());
        }

        assertThat(events).containsExactly("1r", "1a", "2a", "1b", "2b", "2r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<r> &#0; <a/></r>", "<r> &e; <a/></r>", "<r> ]]> <a/></r>", "<r> \u0001 <a/></r>"})
    void nextSkippingText_whenSkippedTextIsNotWellFormed_throws(String xml) throws Exception {
        Utf8XmlReader reader = Utf8XmlReader.openOrNull(stream(xml), new InputStream[1]);
        reader.nextSkippingText();

        assertThatThrownBy(reader::nextSkippingText).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void open_whenAnswerIsUtf8_usesTheUtf8Reader() throws Exception {
        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(RICH.getBytes(StandardCharsets.UTF_8)));

        assertThat(reader).isInstanceOf(Utf8XmlReader.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "ISO-8859-1"})
    void open_whenAnswerIsInAnotherEncoding_readsItWithWoodstox(String encoding) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><r>Åsa</r>";

        XMLStreamReader reader = SafeXml.open(new ByteArrayInputStream(xml.getBytes(encoding)));

        assertThat(reader).isNotInstanceOf(Utf8XmlReader.class);
        assertThat(events(reader)).containsExactly("S{}r[]", "CÅsa", "E{}r");
    }

    @Test
    void next_whenDoctype_throwsUnsafeXmlException() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>";

        assertThatThrownBy(() -> events(SafeXml.open(stream(xml)))).isInstanceOf(SafeXml.UnsafeXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void next_whenUndeclaredEntity_throwsUnsafeXmlException() {
        assertThatThrownBy(() -> events(SafeXml.open(stream("<r a='&e;'/>"))))
                .isInstanceOf(SafeXml.UnsafeXmlException.class).hasMessageContaining("entity");
        assertThatThrownBy(() -> events(SafeXml.open(stream("<r>&e;</r>"))))
                .isInstanceOf(SafeXml.UnsafeXmlException.class).hasMessageContaining("entity");
    }

    @Test
    void next_whenBytesAreNotUtf8_throwsWithCharConversionCause() {
        byte[] xml = {'<', 'r', '>', (byte) 0xC3, '(', '<', '/', 'r', '>'};

        assertThatThrownBy(() -> events(SafeXml.open(new ByteArrayInputStream(xml))))
                .isInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(((XMLStreamException) e).getNestedException())
                        .isInstanceOf(CharConversionException.class));
    }

    @Test
    void next_whenStreamFails_throwsWithTheIoExceptionNested() {
        InputStream failing = new InputStream() {
            private int left = 100;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return left == 99 ? '<' : left == 98 ? 'r' : left == 97 ? '>' : 'x';
                }
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> events(SafeXml.open(failing))).isInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(((XMLStreamException) e).getNestedException())
                        .isInstanceOf(IOException.class).hasMessage("connection reset"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "text", "<r>", "<r></s>", "<r></r><r/>", "<r/>text", "<r>a]]>b</r>", "<r a='1' a='2'/>",
        "<r a=1/>", "<r a='<'/>", "<r a='1'b='2'/>", "<r>&#0;</r>", "<r>&#xD800;</r>", "<r>&#xFFFE;</r>",
        "<r>&#;</r>", "<r>&#x;</r>", "<r>&amp</r>", "<r>&</r>", "<p:r/>", "<r p:a='1'/>",
        "<r xmlns:p=''/>", "<r xmlns:xmlns='urn:x'/>", "<r xmlns:xml='urn:x'/>",
        "<r xmlns:p='http://www.w3.org/XML/1998/namespace'/>", "<r xmlns='http://www.w3.org/2000/xmlns/'/>",
        "<r xmlns:p='urn:1' xmlns:q='urn:1' p:a='1' q:a='2'/>", "<1r/>", "<r><!-- a -- b --></r>",
        "<r><!-- a ---></r>", "<r><?xml x?></r>", " <?xml version='1.0'?><r/>", "<?xml version='1.0'?><?xml version='1.0'?><r/>",
        "<?xml encoding='UTF-8'?><r/>", "<?xml version='1.0' standalone='maybe'?><r/>",
        "<?xml version='1.0' standalone='yes' encoding='UTF-8'?><r/>", "<?xml version='1.0'encoding='UTF-8'?><r/>",
        "<r>\u0001</r>", "<r>\u000B</r>", "<r a='\u0001'/>", "<r><![CDATA[x</r>", "<r><!-- x</r>", "<r><?pi x</r>",
        "<r><!ELEMENT x ANY></r>", "<![CDATA[x]]><r/>", "<r/><![CDATA[x]]>", "<r/>&amp;", "<r></r >x",
        "<a:b:c xmlns:a='urn:a'/>", "<r:/>", "<r><s></r></s>", "<r>\uFFFE</r>", "<r>\uFFFF</r>",
        "<r/ >", "<r a='1' / >", "<xmlns:r xmlns:xmlns='urn:x'/>"})
    void next_whenNotWellFormed_throwsAsSaxDoes(String xml) {
        assertThat(saxRejects(xml.getBytes(StandardCharsets.UTF_8))).as("SAX rejects %s", xml).isTrue();

        assertThatThrownBy(() -> events(SafeXml.open(stream(xml)))).isInstanceOf(XMLStreamException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<r\u00e5/>", "<r a\u00e5='1'/>", "<:r/>"})
    void next_whenNameIsOutsideAsciiOrStartsWithAColon_throwsThoughSaxReadsIt(String xml) {
        // The contract's names are ASCII NCNames; refusing others keeps name checks to a byte table.
        assertThatThrownBy(() -> events(SafeXml.open(stream(xml)))).isInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(stricterByDesign((XMLStreamException) e)).isTrue());
    }

    private static boolean stricterByDesign(XMLStreamException e) {
        return e.getMessage().contains("outside ASCII") || e.getMessage().contains("qualified name");
    }

    @Test
    void next_whenNestedDeeperThanTheLimit_throwsUnsafeXmlException() {
        int depth = SafeXml.MAX_DEPTH + 1;

        assertThatThrownBy(() -> events(SafeXml.open(stream("<a>".repeat(depth) + "</a>".repeat(depth)))))
                .isInstanceOf(SafeXml.UnsafeXmlException.class);
    }

    @Test
    void next_whenNameIsLongerThanTheLimit_throws() {
        String name = "n".repeat(Utf8XmlReader.MAX_NAME_LENGTH + 1);

        assertThatThrownBy(() -> events(SafeXml.open(stream("<" + name + "/>")))).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    void next_whenDocumentsAreRandomlyMutated_rejectsAllSaxRejectsAndReadsTheRestAsWoodstoxDoes() throws Exception {
        byte[] seed = RICH.getBytes(StandardCharsets.UTF_8);
        byte[][] inserts = {"<".getBytes(), ">".getBytes(), "&".getBytes(), "]]>".getBytes(), "\"".getBytes(),
            "'".getBytes(), "/".getBytes(), ":".getBytes(), "=".getBytes(), "&#0;".getBytes(), "<!DOCTYPE r>".getBytes(),
            "<!--".getBytes(), "-->".getBytes(), "<?".getBytes(), "?>".getBytes(), "\r".getBytes(), " ".getBytes(),
            "\u00e5".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}, "xmlns:".getBytes(), "xmlns=''".getBytes()};
        Random random = new Random(20261130L);
        int accepted = 0;
        int rejected = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            byte[] mutant = mutate(seed, inserts, random);
            boolean saxRejects = saxRejects(mutant);
            List<String> ours;
            try {
                ours = events(SafeXml.open(new ByteArrayInputStream(mutant)));
            } catch (XMLStreamException e) {
                rejected++;
                if (!saxRejects && !stricterByDesign(e)) {
                    disagreements.add("rejected what SAX reads (" + e.getMessage() + "): "
                            + new String(mutant, StandardCharsets.UTF_8));
                }
                continue;
            }
            accepted++;
            if (saxRejects) {
                disagreements.add("read what SAX rejects: " + new String(mutant, StandardCharsets.UTF_8));
            } else if (!ours.equals(events(SafeXml.openWithWoodstox(new ByteArrayInputStream(mutant))))) {
                disagreements.add("read otherwise than Woodstox: " + new String(mutant, StandardCharsets.UTF_8));
            }
        }

        assertThat(disagreements).as("first: %s", disagreements.isEmpty() ? "" : disagreements.get(0)).isEmpty();
        assertThat(accepted).as("mutants read").isGreaterThan(200);
        assertThat(rejected).as("mutants rejected").isGreaterThan(1000);
    }

    private static byte[] mutate(byte[] seed, byte[][] inserts, Random random) {
        byte[] out = seed;
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> {
                    out = out.clone();
                    out[at] ^= (byte) (1 + random.nextInt(255));
                }
                case 1 -> {
                    byte[] insert = inserts[random.nextInt(inserts.length)];
                    byte[] grown = new byte[out.length + insert.length];
                    System.arraycopy(out, 0, grown, 0, at);
                    System.arraycopy(insert, 0, grown, at, insert.length);
                    System.arraycopy(out, at, grown, at + insert.length, out.length - at);
                    out = grown;
                }
                case 2 -> {
                    int length = Math.min(1 + random.nextInt(6), out.length - at);
                    byte[] shrunk = new byte[out.length - length];
                    System.arraycopy(out, 0, shrunk, 0, at);
                    System.arraycopy(out, at + length, shrunk, at, out.length - at - length);
                    out = shrunk;
                }
                default -> {
                    out = out.clone();
                    String specials = "<>&;'\"=/:! \n\t-?[]x1";
                    out[at] = (byte) specials.charAt(random.nextInt(specials.length()));
                }
            }
        }
        return out;
    }

    /** The events a reader reports inside the root, with adjacent text joined: what a decoder sees. */
    static List<String> events(XMLStreamReader reader) throws XMLStreamException {
        List<String> events = new ArrayList<>();
        StringBuilder text = null;
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            boolean isText = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE;
            if (isText && depth > 0) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                continue;
            }
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                if (text != null) {
                    events.add("C" + text);
                    text = null;
                }
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                TreeMap<String, String> attributes = new TreeMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    String ns = reader.getAttributeNamespace(i);
                    attributes.put("{" + (ns == null ? "" : ns) + "}" + reader.getAttributeLocalName(i),
                            reader.getAttributeValue(i));
                }
                List<String> pairs = new ArrayList<>();
                attributes.forEach((name, value) -> pairs.add(name + "=" + value));
                events.add("S{" + reader.getNamespaceURI() + "}" + reader.getLocalName() + "[" + String.join(",", pairs)
                        + "]");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                events.add("E{" + reader.getNamespaceURI() + "}" + reader.getLocalName());
            }
        }
        return events;
    }

    private static boolean saxRejects(byte[] xml) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(new ByteArrayInputStream(xml), new DefaultHandler());
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Hands out one byte per read, as a slow network might. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int next;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (next >= bytes.length) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            b[off] = bytes[next++];
            return 1;
        }
    }
}
