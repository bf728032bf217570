package se.lefi.client.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.internal.util.Redaction;

/**
 * A StAX reader for UTF-8 XML that reads the answer's bytes directly: no DTD support at all, the
 * five predefined entities and character references only, names checked as ASCII, every
 * well-formedness rule of XML 1.0 and its namespaces that a conforming parser applies to such a
 * document. It exists for speed: the contract's answers are UTF-8 with ASCII names, and decoding
 * and matching names as bytes instead of characters reads them in about two thirds of Woodstox's time
 * (a plain pull loop over the benchmark's answers).
 *
 * <p>{@link SafeXml#open} uses it when an answer is UTF-8 (no BOM or the UTF-8 one, no declared
 * encoding or a declared UTF-8, version 1.0) and Woodstox otherwise, so an answer in another
 * encoding still reads. A DOCTYPE or an entity other than the predefined ones fails with
 * {@link SafeXml.UnsafeXmlException} before anything of it is read, as does nesting deeper than
 * {@link SafeXml#MAX_DEPTH}; bytes that are not UTF-8 fail with an exception caused by a
 * {@link CharConversionException}. Comments and processing instructions are checked and skipped,
 * never reported; CDATA is reported as characters. Not thread-safe: one reader per answer.
 *
 * <pre>{@code
 * XMLStreamReader reader = SafeXml.open(answer.body());   // this class for a UTF-8 answer
 * }</pre>
 */
final class Utf8XmlReader implements XMLStreamReader {

    /** The longest name accepted, in bytes; the contract's longest is far shorter. */
    static final int MAX_NAME_LENGTH = 1024;
    /** The longest attribute value accepted, in characters. */
    static final int MAX_ATTRIBUTE_LENGTH = 512 * 1024;
    /** The most attributes (namespace declarations included) one element may carry. */
    static final int MAX_ATTRIBUTES = 256;

    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final String XMLNS_NS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final int BUFFER = 16 * 1024;
    private static final Name[] NAMES = new Name[4096];
    private static final Pattern VERSION = Pattern.compile("1\\.[0-9]+");
    private static final Pattern ENCODING = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final boolean[] NAME_CHARS = new boolean[128];
    /** Bytes that end the plain run of character data: markup, references, brackets, controls, non-ASCII. */
    private static final boolean[] TEXT_STOPS = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) {
            NAME_CHARS[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == ':' || c == '-' || c == '.';
        }
        for (int c = 0; c < 256; c++) {
            TEXT_STOPS[c] = c < 0x20 && c != '\n' && c != '\t' || c >= 0x80 || c == '<' || c == '&' || c == ']';
        }
    }
    /** Buffers larger than this are left to the garbage collector rather than kept for the next answer. */
    private static final int MAX_RECYCLED = 64 * 1024;
    private static final ThreadLocal<SoftReference<Buffers>> RECYCLED = new ThreadLocal<>();

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int end;
    private boolean eof;
    /** Bytes dropped from the buffer's start so far, for the offsets in messages. */
    private long dropped;
    /** A position the next refill must keep in the buffer (the start of a name), or -1. */
    private int mark = -1;

    private int event = START_DOCUMENT;
    private boolean rootSeen;
    private boolean pendingEnd;
    private boolean popOnNext;

    private int depth;
    private Name[] openNames = new Name[16];
    private String[] openUris = new String[16];
    private int[] nsMarks = new int[16];
    private String[] nsPrefixes = new String[8];
    private String[] nsUris = new String[8];
    private int nsSize;
    private int nsAtElement;

    private Name name;
    private String uri;

    private int attributeCount;
    private Name[] rawNames = new Name[8];
    private String[] rawValues = new String[8];
    private int rawCount;
    private String[] attributeLocals = new String[8];
    private String[] attributePrefixes = new String[8];
    private String[] attributeUris = new String[8];
    private String[] attributeValues = new String[8];

    private char[] text;
    private int textLength;
    private char[] scratch;
    /** Where skipped characters go. */
    private final char[] sink = new char[2];

    private Buffers buffers;

    private Utf8XmlReader(InputStream in, Buffers buffers, int pos, int end, boolean eof) {
        this.in = in;
        this.buffers = buffers;
        this.buf = buffers.bytes;
        this.text = buffers.text;
        this.scratch = buffers.scratch;
        this.pos = pos;
        this.end = end;
        this.eof = eof;
    }

    /**
     * The byte and character buffers of one reader, kept per thread between answers (as Woodstox
     * and Jackson keep theirs): a small answer then costs its values, not 50 KB of fresh buffers.
     */
    private static final class Buffers {
        byte[] bytes = new byte[BUFFER];
        char[] text = new char[1024];
        char[] scratch = new char[64];

        static Buffers take() {
            SoftReference<Buffers> held = RECYCLED.get();
            Buffers buffers = held == null ? null : held.get();
            if (buffers == null) {
                return new Buffers();
            }
            // A second reader on this thread while the first is open gets its own.
            RECYCLED.set(null);
            return buffers;
        }

        void giveBack() {
            if (bytes.length <= MAX_RECYCLED && text.length <= MAX_RECYCLED && scratch.length <= MAX_RECYCLED) {
                RECYCLED.set(new SoftReference<>(this));
            }
        }
    }

    /**
     * Opens a reader over the stream if the document is UTF-8 XML 1.0, else returns null and leaves
     * the bytes read so far in {@code replay} for another parser.
     *
     * @param in the document's bytes
     * @param replay receives the stream to hand another parser when this returns null
     * @return the reader, or null when the document is in another encoding or version
     * @throws XMLStreamException when the stream cannot be read or the declaration is malformed
     */
    static Utf8XmlReader openOrNull(InputStream in, InputStream[] replay) throws XMLStreamException {
        Buffers buffers = Buffers.take();
        byte[] buf = buffers.bytes;
        int end = 0;
        boolean eof = false;
        try {
            // Enough of the start to see a BOM and the whole declaration.
            while (end < 512 && !eof) {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                } else {
                    end += n;
                    if (end >= 2 && !startsWith(buf, end, "<?") && !startsWith(buf, end, "\uFEFF")) {
                        break;
                    }
                    if (indexOf(buf, end, "?>") >= 0) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new XMLStreamException("reading the answer failed", e);
        }
        int start = 0;
        if (end >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (end >= 2 && (buf[0] == 0 || buf[1] == 0 || (buf[0] & 0xFF) >= 0xFE)) {
            replay[0] = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOf(buf, end)), in);
            buffers.giveBack();
            return null; // UTF-16 or UTF-32, with or without a BOM
        }
        Utf8XmlReader reader = new Utf8XmlReader(in, buffers, start, end, eof);
        if (!reader.readDeclaration()) {
            replay[0] = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOf(buf, end)), in);
            reader.close();
            return null;
        }
        return reader;
    }

    private static boolean startsWith(byte[] buf, int end, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        return end >= p.length && Arrays.equals(buf, 0, p.length, p, 0, p.length);
    }

    private static int indexOf(byte[] buf, int end, String what) {
        outer:
        for (int i = 0; i + what.length() <= end; i++) {
            for (int j = 0; j < what.length(); j++) {
                if (buf[i + j] != what.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads the XML declaration if there is one; false when it names another encoding or version. */
    private boolean readDeclaration() throws XMLStreamException {
        if (end - pos < 6 || !(buf[pos] == '<' && buf[pos + 1] == '?' && buf[pos + 2] == 'x' && buf[pos + 3] == 'm'
                && buf[pos + 4] == 'l' && isSpace(buf[pos + 5]))) {
            return true;
        }
        int close = -1;
        for (int i = pos; i + 1 < end; i++) {
            if (buf[i] == '?' && buf[i + 1] == '>') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw malformed("the XML declaration is not closed");
        }
        String declaration = new String(buf, pos + 5, close - pos - 5, StandardCharsets.ISO_8859_1);
        String[] order = {"version", "encoding", "standalone"};
        String[] values = new String[3];
        int i = 0;
        int next = 0;
        while (true) {
            int s = i;
            while (i < declaration.length() && isSpace(declaration.charAt(i))) {
                i++;
            }
            if (i == declaration.length()) {
                break;
            }
            if (i == s) {
                throw malformed("the XML declaration lacks a space between its parts");
            }
            int eq = declaration.indexOf('=', i);
            if (eq < 0) {
                throw malformed("the XML declaration is malformed");
            }
            String key = declaration.substring(i, eq).strip();
            int field = -1;
            for (int k = next; k < order.length; k++) {
                if (order[k].equals(key)) {
                    field = k;
                    break;
                }
            }
            if (field < 0 || !declaration.substring(i, eq).equals(key) && !isSpaceOnly(declaration, i + key.length(), eq)) {
                throw malformed("the XML declaration is malformed");
            }
            int q = eq + 1;
            while (q < declaration.length() && isSpace(declaration.charAt(q))) {
                q++;
            }
            if (q >= declaration.length() || declaration.charAt(q) != '"' && declaration.charAt(q) != '\'') {
                throw malformed("the XML declaration is malformed");
            }
            int qe = declaration.indexOf(declaration.charAt(q), q + 1);
            if (qe < 0) {
                throw malformed("the XML declaration is malformed");
            }
            values[field] = declaration.substring(q + 1, qe);
            next = field + 1;
            i = qe + 1;
        }
        if (values[0] == null || !VERSION.matcher(values[0]).matches()) {
            throw malformed("the XML declaration has no valid version");
        }
        if (values[2] != null && !values[2].equals("yes") && !values[2].equals("no")) {
            throw malformed("the XML declaration's standalone is neither yes nor no");
        }
        if (values[1] != null && !ENCODING.matcher(values[1]).matches()) {
            throw malformed("the XML declaration's encoding is not a valid name");
        }
        if (!values[0].equals("1.0") || values[1] != null && !values[1].equalsIgnoreCase("UTF-8")) {
            return false;
        }
        pos = close + 2;
        return true;
    }

    private static boolean isSpaceOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- reading ----

    @Override
    public int next() throws XMLStreamException {
        if (event == END_DOCUMENT) {
            throw new NoSuchElementException("the document has ended");
        }
        if (popOnNext) {
            popOnNext = false;
            depth--;
            nsSize = nsMarks[depth];
            if (depth == 0) {
                return event = epilogue();
            }
        }
        if (pendingEnd) {
            pendingEnd = false;
            popOnNext = true;
            return event = END_ELEMENT;
        }
        if (depth == 0) {
            if (rootSeen) {
                return event = epilogue();
            }
            return event = prologue();
        }
        while (true) {
            if (pos >= end && !fill()) {
                throw malformed("the answer ends inside an element");
            }
            if (buf[pos] != '<') {
                readText();
                return event = CHARACTERS;
            }
            int kind = markupAfterLt();
            switch (kind) {
                case START_ELEMENT:
                    return event = readStartTag();
                case END_ELEMENT:
                    readEndTag();
                    popOnNext = true;
                    return event = END_ELEMENT;
                case CDATA:
                    readCdata();
                    return event = CHARACTERS;
                default:
                    // A comment or processing instruction, read and skipped.
            }
        }
    }

    /** Reads up to the root's start tag, skipping what may precede it. */
    private int prologue() throws XMLStreamException {
        while (true) {
            skipSpace();
            if (pos >= end && !fill()) {
                throw malformed("the answer has no root element");
            }
            if (buf[pos] != '<') {
                throw malformed("text before the root element");
            }
            int kind = markupAfterLt();
            if (kind == START_ELEMENT) {
                rootSeen = true;
                return readStartTag();
            }
            if (kind != COMMENT && kind != PROCESSING_INSTRUCTION) {
                throw malformed("markup before the root element");
            }
        }
    }

    /** Reads what follows the root: only space, comments and processing instructions may. */
    private int epilogue() throws XMLStreamException {
        while (true) {
            skipSpace();
            if (pos >= end && !fill()) {
                return END_DOCUMENT;
            }
            if (buf[pos] != '<') {
                throw malformed("content after the root element");
            }
            int kind = markupAfterLt();
            if (kind != COMMENT && kind != PROCESSING_INSTRUCTION) {
                throw malformed("content after the root element");
            }
        }
    }

    /**
     * Reads what a {@code <} opens: skips a comment or processing instruction, refuses a DOCTYPE,
     * and leaves the position after {@code <} for a start tag, after {@code </} for an end tag and
     * after {@code <![CDATA[} for a CDATA section.
     */
    private int markupAfterLt() throws XMLStreamException {
        pos++;
        int c = peek();
        if (c == '/') {
            pos++;
            return END_ELEMENT;
        }
        if (c == '?') {
            pos++;
            skipProcessingInstruction();
            return PROCESSING_INSTRUCTION;
        }
        if (c == '!') {
            pos++;
            if (lookingAt("--")) {
                pos += 2;
                skipComment();
                return COMMENT;
            }
            if (lookingAt("[CDATA[")) {
                if (depth == 0) {
                    throw malformed("CDATA outside the root element");
                }
                pos += 7;
                return CDATA;
            }
            if (lookingAt("DOCTYPE")) {
                throw new SafeXml.UnsafeXmlException("the answer contains a DOCTYPE, which the service never sends");
            }
            throw malformed("unknown markup after '<!'");
        }
        return START_ELEMENT;
    }

    private boolean lookingAt(String what) throws XMLStreamException {
        ensure(what.length());
        if (end - pos < what.length()) {
            return false;
        }
        for (int i = 0; i < what.length(); i++) {
            if (buf[pos + i] != what.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int readStartTag() throws XMLStreamException {
        if (depth + 1 > SafeXml.MAX_DEPTH) {
            throw new SafeXml.UnsafeXmlException("the answer nests elements deeper than " + SafeXml.MAX_DEPTH
                    + " levels, which the service never does");
        }
        Name element = readName();
        rawCount = 0;
        boolean empty;
        while (true) {
            boolean spaced = skipSpace();
            int c = peek();
            if (c == '>') {
                pos++;
                empty = false;
                break;
            }
            if (c == '/') {
                pos++;
                if (peek() != '>') {
                    throw malformed("'/' in a start tag is not followed by '>'");
                }
                pos++;
                empty = true;
                break;
            }
            if (c < 0) {
                throw malformed("the answer ends inside a start tag");
            }
            if (!spaced) {
                throw malformed("attributes must be separated by space");
            }
            Name attribute = readName();
            skipSpace();
            if (peek() != '=') {
                throw malformed("an attribute has no '='");
            }
            pos++;
            skipSpace();
            int quote = peek();
            if (quote != '"' && quote != '\'') {
                throw malformed("an attribute value is not quoted");
            }
            pos++;
            String value = readAttributeValue((byte) quote);
            for (int i = 0; i < rawCount; i++) {
                if (rawNames[i].same(attribute)) {
                    throw malformed("an attribute is repeated in one start tag");
                }
            }
            if (rawCount == MAX_ATTRIBUTES) {
                throw malformed("a start tag has more than " + MAX_ATTRIBUTES + " attributes");
            }
            if (rawCount == rawNames.length) {
                rawNames = Arrays.copyOf(rawNames, rawCount * 2);
                rawValues = Arrays.copyOf(rawValues, rawCount * 2);
            }
            rawNames[rawCount] = attribute;
            rawValues[rawCount++] = value;
        }
        push(element);
        pendingEnd = empty;
        return START_ELEMENT;
    }

    private void push(Name element) throws XMLStreamException {
        if (depth == openNames.length) {
            openNames = Arrays.copyOf(openNames, depth * 2);
            openUris = Arrays.copyOf(openUris, depth * 2);
            nsMarks = Arrays.copyOf(nsMarks, depth * 2);
        }
        nsMarks[depth] = nsSize;
        attributeCount = 0;
        for (int i = 0; i < rawCount; i++) {
            Name a = rawNames[i];
            if (a.prefix == null && a.local.equals("xmlns")) {
                bind("", rawValues[i]);
            } else if ("xmlns".equals(a.prefix)) {
                bind(a.local, rawValues[i]);
            }
        }
        nsAtElement = nsMarks[depth];
        if ("xmlns".equals(element.prefix)) {
            throw malformed("an element name has the prefix 'xmlns'");
        }
        name = element;
        uri = resolve(element.prefix, true);
        openNames[depth] = element;
        openUris[depth] = uri;
        depth++;
        for (int i = 0; i < rawCount; i++) {
            Name a = rawNames[i];
            if (a.prefix == null ? a.local.equals("xmlns") : a.prefix.equals("xmlns")) {
                continue;
            }
            String attributeUri = a.prefix == null ? "" : resolve(a.prefix, false);
            for (int j = 0; j < attributeCount; j++) {
                if (attributeLocals[j].equals(a.local) && attributeUris[j].equals(attributeUri)) {
                    throw malformed("two attributes of one start tag have the same namespace and name");
                }
            }
            if (attributeCount == attributeLocals.length) {
                int size = attributeCount * 2;
                attributeLocals = Arrays.copyOf(attributeLocals, size);
                attributePrefixes = Arrays.copyOf(attributePrefixes, size);
                attributeUris = Arrays.copyOf(attributeUris, size);
                attributeValues = Arrays.copyOf(attributeValues, size);
            }
            attributeLocals[attributeCount] = a.local;
            attributePrefixes[attributeCount] = a.prefix == null ? "" : a.prefix;
            attributeUris[attributeCount] = attributeUri;
            attributeValues[attributeCount++] = rawValues[i];
        }
        Arrays.fill(rawValues, 0, rawCount, null);
    }

    private void bind(String prefix, String namespace) throws XMLStreamException {
        if (prefix.equals("xmlns") || namespace.equals(XMLNS_NS)) {
            throw malformed("the xmlns prefix and namespace cannot be bound");
        }
        if (prefix.equals("xml") != namespace.equals(XML_NS)) {
            throw malformed("the xml prefix and namespace belong to each other only");
        }
        if (!prefix.isEmpty() && namespace.isEmpty()) {
            throw malformed("a prefix cannot be bound to the empty namespace");
        }
        for (int i = nsMarks[depth]; i < nsSize; i++) {
            if (nsPrefixes[i].equals(prefix)) {
                throw malformed("a namespace prefix is declared twice in one start tag");
            }
        }
        if (nsSize == nsPrefixes.length) {
            nsPrefixes = Arrays.copyOf(nsPrefixes, nsSize * 2);
            nsUris = Arrays.copyOf(nsUris, nsSize * 2);
        }
        nsPrefixes[nsSize] = prefix;
        nsUris[nsSize++] = namespace;
    }

    private String resolve(String prefix, boolean element) throws XMLStreamException {
        String p = prefix == null ? "" : prefix;
        if (p.equals("xml")) {
            return XML_NS;
        }
        for (int i = nsSize - 1; i >= 0; i--) {
            if (nsPrefixes[i].equals(p)) {
                return nsUris[i];
            }
        }
        if (p.isEmpty() && element) {
            return "";
        }
        throw malformed("the namespace prefix '" + p + "' is not declared");
    }

    private void readEndTag() throws XMLStreamException {
        Name open = openNames[depth - 1];
        byte[] expected = open.bytes;
        // The open element's name, compared in place: no lookup for the name the tag must carry.
        ensure(expected.length + 1);
        if (end - pos > expected.length && Arrays.equals(buf, pos, pos + expected.length, expected, 0, expected.length)
                && !isNameChar(buf[pos + expected.length])) {
            pos += expected.length;
        } else if (!readName().same(open)) {
            throw malformed("an end tag does not match its start tag");
        }
        skipSpace();
        if (peek() != '>') {
            throw malformed("an end tag is not closed");
        }
        pos++;
        name = open;
        uri = openUris[depth - 1];
        attributeCount = 0;
        nsAtElement = nsMarks[depth - 1];
    }

    /** Reads a name (ASCII only: the contract's names are) and returns its shared instance. */
    private Name readName() throws XMLStreamException {
        mark = pos;
        int hash = 0;
        int c = peek();
        if (!isNameStart(c)) {
            mark = -1;
            throw malformed(c < 0 ? "the answer ends where a name was expected" : c >= 0x80
                    ? "a name holds a character outside ASCII, which the contract's names never do"
                    : "a name starts with a character names cannot start with");
        }
        while (true) {
            if (pos >= end) {
                fill();
                if (pos >= end) {
                    break;
                }
            }
            byte b = buf[pos];
            if (!isNameChar(b)) {
                if (b < 0) {
                    mark = -1;
                    throw malformed("a name holds a character outside ASCII, which the contract's names never do");
                }
                break;
            }
            hash = 31 * hash + b;
            pos++;
            if (pos - mark > MAX_NAME_LENGTH) {
                mark = -1;
                throw malformed("a name is longer than " + MAX_NAME_LENGTH + " characters");
            }
        }
        int start = mark;
        mark = -1;
        return Name.of(buf, start, pos - start, hash);
    }

    private String readAttributeValue(byte quote) throws XMLStreamException {
        int length = 0;
        while (true) {
            if (pos >= end && !fill()) {
                throw malformed("the answer ends inside an attribute value");
            }
            byte b = buf[pos];
            if (b == quote) {
                pos++;
                break;
            }
            if (length + 2 > scratch.length) {
                if (length >= MAX_ATTRIBUTE_LENGTH) {
                    throw malformed("an attribute value is longer than " + MAX_ATTRIBUTE_LENGTH + " characters");
                }
                scratch = Arrays.copyOf(scratch, scratch.length * 2);
            }
            if (b == '<') {
                throw malformed("'<' in an attribute value");
            }
            if (b == '&') {
                length = reference(scratch, length);
            } else if (b >= 0) {
                pos++;
                if (b == '\r') {
                    if (peek() == '\n') {
                        pos++;
                    }
                    scratch[length++] = ' ';
                } else if (b == '\n' || b == '\t') {
                    scratch[length++] = ' ';
                } else if (b < 0x20) {
                    throw illegalCharacter(b);
                } else {
                    scratch[length++] = (char) b;
                }
            } else {
                length = multiByte(scratch, length);
            }
        }
        return new String(scratch, 0, length);
    }

    /**
     * Returns the next event that is no text: what a reader of element-only content wants, which
     * ignores the space between elements. The skipped text is checked as {@link #next} checks it,
     * but never copied.
     *
     * @return {@link #START_ELEMENT}, {@link #END_ELEMENT} or {@link #END_DOCUMENT}
     * @throws XMLStreamException as {@link #next} does
     */
    int nextSkippingText() throws XMLStreamException {
        while (true) {
            if (!popOnNext && !pendingEnd && depth > 0 && pos < end && buf[pos] != '<') {
                skipText();
            }
            int e = next();
            if (e != CHARACTERS) {
                return e;
            }
        }
    }

    private void skipText() throws XMLStreamException {
        while (true) {
            if (pos >= end && !fill()) {
                return;
            }
            byte[] b = buf;
            int p = pos;
            int e = end;
            while (p < e && !TEXT_STOPS[b[p] & 0xFF]) {
                p++;
            }
            pos = p;
            if (p == e) {
                continue;
            }
            byte c = b[p];
            if (c == '<') {
                return;
            }
            if (c == ']') {
                int brackets = 0;
                while (peek() == ']') {
                    brackets++;
                    pos++;
                }
                if (brackets >= 2 && peek() == '>') {
                    throw malformed("']]>' in character data");
                }
            } else if (c == '&') {
                reference(sink, 0);
            } else if (c == '\r') {
                pos++;
            } else if (c < 0) {
                multiByte(sink, 0);
            } else {
                throw illegalCharacter(c);
            }
        }
    }

    /** Reads character data up to the next {@code <} into the text buffer. */
    private void readText() throws XMLStreamException {
        int length = 0;
        char[] t = text;
        while (true) {
            if (pos >= end && !fill()) {
                break; // the caller finds the end of the answer inside an element
            }
            if (t.length - length < 4) {
                t = text = Arrays.copyOf(t, t.length * 2);
            }
            byte[] b = buf;
            int p = pos;
            // Plain ASCII, by far the most of an answer, in one tight loop (as far as the text buffer holds).
            int e = Math.min(end, p + t.length - length - 2);
            while (p < e) {
                byte c = b[p];
                if (TEXT_STOPS[c & 0xFF]) {
                    break;
                }
                t[length++] = (char) c;
                p++;
            }
            pos = p;
            if (p == e) {
                continue;
            }
            byte c = b[p];
            if (c == '<') {
                break;
            }
            if (c == ']') {
                // Brackets are read here, one by one, so the plain run never has to look back for ']]>'.
                int brackets = 0;
                while (peek() == ']') {
                    if (t.length - length < 4) {
                        t = text = Arrays.copyOf(t, t.length * 2);
                    }
                    brackets++;
                    t[length++] = ']';
                    pos++;
                }
                if (brackets >= 2 && peek() == '>') {
                    throw malformed("']]>' in character data");
                }
            } else if (c == '&') {
                length = reference(t, length);
            } else if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                t[length++] = '\n';
            } else if (c < 0) {
                length = multiByte(t, length);
            } else {
                throw illegalCharacter(c);
            }
        }
        textLength = length;
    }

    private void readCdata() throws XMLStreamException {
        int length = 0;
        char[] t = text;
        while (true) {
            if (pos >= end && !fill()) {
                throw malformed("the answer ends inside a CDATA section");
            }
            if (t.length - length < 4) {
                t = text = Arrays.copyOf(t, t.length * 2);
            }
            byte c = buf[pos];
            if (c == ']' && lookingAt("]]>")) {
                pos += 3;
                break;
            }
            if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                t[length++] = '\n';
            } else if (c >= 0x20 || c == '\n' || c == '\t') {
                t[length++] = (char) c;
                pos++;
            } else if (c < 0) {
                length = multiByte(t, length);
            } else {
                throw illegalCharacter(c);
            }
        }
        textLength = length;
    }

    private void skipComment() throws XMLStreamException {
        while (true) {
            if (pos >= end && !fill()) {
                throw malformed("the answer ends inside a comment");
            }
            byte c = buf[pos];
            if (c == '-' && lookingAt("--")) {
                pos += 2;
                if (peek() != '>') {
                    throw malformed("'--' inside a comment");
                }
                pos++;
                return;
            }
            skipCharacter(c);
        }
    }

    private void skipProcessingInstruction() throws XMLStreamException {
        Name target = readName();
        if (target.string.equalsIgnoreCase("xml")) {
            throw malformed("an XML declaration is only allowed at the very start");
        }
        if (target.prefix != null || target.string.indexOf(':') >= 0) {
            throw malformed("a processing instruction's target holds a colon");
        }
        if (lookingAt("?>")) {
            pos += 2;
            return;
        }
        if (!skipSpace()) {
            throw malformed("a processing instruction's target is not followed by space");
        }
        while (true) {
            if (pos >= end && !fill()) {
                throw malformed("the answer ends inside a processing instruction");
            }
            byte c = buf[pos];
            if (c == '?' && lookingAt("?>")) {
                pos += 2;
                return;
            }
            skipCharacter(c);
        }
    }

    private void skipCharacter(byte c) throws XMLStreamException {
        if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            pos++;
        } else if (c < 0) {
            multiByte(sink, 0);
        } else {
            throw illegalCharacter(c);
        }
    }

    /** Reads a reference at {@code &} into the buffer and returns the new length. */
    private int reference(char[] into, int length) throws XMLStreamException {
        pos++;
        if (peek() == '#') {
            pos++;
            int radix = 10;
            if (peek() == 'x') {
                pos++;
                radix = 16;
            }
            int value = 0;
            int digits = 0;
            while (true) {
                int c = peek();
                int d = Character.digit(c < 0 ? -1 : c, radix);
                if (c == ';') {
                    pos++;
                    break;
                }
                if (c < 0 || c >= 0x80 || d < 0) {
                    throw malformed("a character reference is malformed");
                }
                value = value * radix + d;
                if (value > 0x10FFFF) {
                    throw malformed("a character reference is out of range");
                }
                digits++;
                pos++;
            }
            if (digits == 0 || !isXmlChar(value)) {
                throw malformed("a character reference names no allowed character");
            }
            if (value >= 0x10000) {
                into[length++] = Character.highSurrogate(value);
                into[length++] = Character.lowSurrogate(value);
            } else {
                into[length++] = (char) value;
            }
            return length;
        }
        Name entity = readName();
        if (peek() != ';') {
            throw malformed("an entity reference is not closed");
        }
        pos++;
        char c = switch (entity.string) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "apos" -> '\'';
            case "quot" -> '"';
            default -> throw new SafeXml.UnsafeXmlException("the answer contains the undeclared entity '"
                    + Redaction.mask(entity.string) + "', which the service never sends");
        };
        into[length++] = c;
        return length;
    }

    /** Decodes one multi-byte UTF-8 character into the buffer and returns the new length. */
    private int multiByte(char[] into, int length) throws XMLStreamException {
        ensure(4);
        int b0 = buf[pos] & 0xFF;
        int need;
        int min;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            throw notUtf8();
        }
        if (end - pos <= need) {
            throw notUtf8();
        }
        for (int i = 1; i <= need; i++) {
            int b = buf[pos + i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw notUtf8();
            }
            cp = cp << 6 | b & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw notUtf8();
        }
        if (!isXmlChar(cp)) {
            throw malformed("the answer holds the character U+" + Integer.toHexString(cp).toUpperCase()
                    + ", which XML does not allow");
        }
        pos += need + 1;
        if (cp >= 0x10000) {
            into[length++] = Character.highSurrogate(cp);
            into[length++] = Character.lowSurrogate(cp);
        } else {
            into[length++] = (char) cp;
        }
        return length;
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private boolean skipSpace() throws XMLStreamException {
        boolean any = false;
        while (true) {
            if (pos >= end && !fill()) {
                return any;
            }
            if (!isSpace(buf[pos])) {
                return any;
            }
            pos++;
            any = true;
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    private static boolean isNameChar(int c) {
        return c >= 0 && c < 128 && NAME_CHARS[c];
    }

    /** Returns the byte at the position without consuming it, or -1 at the end of the answer. */
    private int peek() throws XMLStreamException {
        if (pos >= end && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    /** Makes at least {@code n} bytes available from the position, unless the answer ends first. */
    private void ensure(int n) throws XMLStreamException {
        while (end - pos < n && !eof) {
            fill();
        }
    }

    /**
     * Reads more bytes, dropping what is consumed (all before the mark, when one is set); false at
     * the end of the answer.
     */
    private boolean fill() throws XMLStreamException {
        if (eof) {
            return false;
        }
        int keep = mark >= 0 ? mark : pos;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, end - keep);
            dropped += keep;
            end -= keep;
            pos -= keep;
            if (mark >= 0) {
                mark = 0;
            }
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
                return false;
            }
            end += n;
            return true;
        } catch (IOException e) {
            throw new XMLStreamException("reading the answer failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private XMLStreamException malformed(String what) {
        return new XMLStreamException(what + " (at byte " + (dropped + pos) + ")");
    }

    private XMLStreamException illegalCharacter(int c) {
        return malformed("the answer holds the control character U+" + String.format("%04X", c)
                + ", which XML does not allow");
    }

    private XMLStreamException notUtf8() {
        long at = dropped + pos;
        return new XMLStreamException("the answer's bytes are not UTF-8 (at byte " + at + ")",
                new CharConversionException("invalid UTF-8 at byte " + at));
    }

    // ---- the StAX view ----

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public boolean hasNext() {
        return event != END_DOCUMENT;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int e = next();
        while (e == CHARACTERS && isWhiteSpace()) {
            e = next();
        }
        if (e != START_ELEMENT && e != END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag (at byte " + (dropped + pos) + ")");
        }
        return e;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (event != START_ELEMENT) {
            throw new XMLStreamException("not at a start tag");
        }
        String single = null;
        StringBuilder joined = null;
        int e = next();
        while (e != END_ELEMENT) {
            if (e == CHARACTERS) {
                if (single == null) {
                    single = getText();
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(single);
                    }
                    joined.append(text, 0, textLength);
                }
            } else if (e == START_ELEMENT) {
                throw new XMLStreamException("an element was found where only text was expected");
            }
            e = next();
        }
        return joined != null ? joined.toString() : single != null ? single : "";
    }

    @Override
    public void require(int type, String namespaceURI, String localName) throws XMLStreamException {
        if (type != event || namespaceURI != null && !namespaceURI.equals(getNamespaceURI())
                || localName != null && !localName.equals(getLocalName())) {
            throw new XMLStreamException("the reader is not where it was required to be");
        }
    }

    @Override
    public void close() {
        // The transport owns the stream, as with Woodstox; the buffers go back for the next answer.
        if (buffers != null) {
            buffers.bytes = buf;
            buffers.text = text;
            buffers.scratch = scratch;
            buffers.giveBack();
            buffers = null;
        }
    }

    @Override
    public Object getProperty(String propertyName) {
        return null;
    }

    @Override
    public String getNamespaceURI(String prefix) {
        if ("xml".equals(prefix)) {
            return XML_NS;
        }
        for (int i = nsSize - 1; i >= 0; i--) {
            if (nsPrefixes[i].equals(prefix)) {
                return nsUris[i];
            }
        }
        return null;
    }

    @Override
    public boolean isStartElement() {
        return event == START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return event == END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return event == CHARACTERS;
    }

    @Override
    public boolean isWhiteSpace() {
        if (event != CHARACTERS) {
            return false;
        }
        for (int i = 0; i < textLength; i++) {
            if (!isSpace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private void requireStart() {
        if (event != START_ELEMENT) {
            throw new IllegalStateException("not at a start tag");
        }
    }

    @Override
    public String getAttributeValue(String namespaceURI, String localName) {
        requireStart();
        for (int i = 0; i < attributeCount; i++) {
            if (attributeLocals[i].equals(localName)
                    && (namespaceURI == null || namespaceURI.equals(attributeUris[i]))) {
                return attributeValues[i];
            }
        }
        return null;
    }

    @Override
    public int getAttributeCount() {
        requireStart();
        return attributeCount;
    }

    @Override
    public QName getAttributeName(int index) {
        requireStart();
        return new QName(attributeUris[index], attributeLocals[index], attributePrefixes[index]);
    }

    @Override
    public String getAttributeNamespace(int index) {
        requireStart();
        return attributeUris[index];
    }

    @Override
    public String getAttributeLocalName(int index) {
        requireStart();
        return attributeLocals[index];
    }

    @Override
    public String getAttributePrefix(int index) {
        requireStart();
        return attributePrefixes[index];
    }

    @Override
    public String getAttributeType(int index) {
        requireStart();
        return "CDATA";
    }

    @Override
    public String getAttributeValue(int index) {
        requireStart();
        return attributeValues[index];
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        requireStart();
        return true;
    }

    @Override
    public int getNamespaceCount() {
        requireElement();
        return nsSize - nsAtElement;
    }

    @Override
    public String getNamespacePrefix(int index) {
        requireElement();
        String prefix = nsPrefixes[nsAtElement + index];
        return prefix.isEmpty() ? null : prefix;
    }

    @Override
    public String getNamespaceURI(int index) {
        requireElement();
        return nsUris[nsAtElement + index];
    }

    private void requireElement() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("not at a start or end tag");
        }
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        String[] prefixes = Arrays.copyOf(nsPrefixes, nsSize);
        String[] uris = Arrays.copyOf(nsUris, nsSize);
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                for (int i = prefixes.length - 1; i >= 0; i--) {
                    if (prefixes[i].equals(prefix)) {
                        return uris[i];
                    }
                }
                return "xml".equals(prefix) ? XML_NS : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                for (int i = uris.length - 1; i >= 0; i--) {
                    if (uris[i].equals(namespaceURI)) {
                        return prefixes[i];
                    }
                }
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                String prefix = getPrefix(namespaceURI);
                return prefix == null ? java.util.Collections.emptyIterator() : java.util.List.of(prefix).iterator();
            }
        };
    }

    @Override
    public String getText() {
        if (event != CHARACTERS) {
            throw new IllegalStateException("not on text");
        }
        return new String(text, 0, textLength);
    }

    @Override
    public char[] getTextCharacters() {
        if (event != CHARACTERS) {
            throw new IllegalStateException("not on text");
        }
        return text;
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        int n = Math.max(0, Math.min(length, textLength - sourceStart));
        System.arraycopy(text, sourceStart, target, targetStart, n);
        return n;
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return event == CHARACTERS ? textLength : 0;
    }

    @Override
    public String getEncoding() {
        return "UTF-8";
    }

    @Override
    public boolean hasText() {
        return event == CHARACTERS;
    }

    @Override
    public Location getLocation() {
        long offset = dropped + pos;
        return new Location() {
            @Override
            public int getLineNumber() {
                return -1;
            }

            @Override
            public int getColumnNumber() {
                return -1;
            }

            @Override
            public int getCharacterOffset() {
                return (int) Math.min(Integer.MAX_VALUE, offset);
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }

    @Override
    public QName getName() {
        requireElement();
        return new QName(uri, name.local, name.prefix == null ? "" : name.prefix);
    }

    @Override
    public String getLocalName() {
        requireElement();
        return name.local;
    }

    @Override
    public boolean hasName() {
        return event == START_ELEMENT || event == END_ELEMENT;
    }

    @Override
    public String getNamespaceURI() {
        requireElement();
        return uri;
    }

    @Override
    public String getPrefix() {
        requireElement();
        return name.prefix == null ? "" : name.prefix;
    }

    @Override
    public String getVersion() {
        return "1.0";
    }

    @Override
    public boolean isStandalone() {
        return false;
    }

    @Override
    public boolean standaloneSet() {
        return false;
    }

    @Override
    public String getCharacterEncodingScheme() {
        return "UTF-8";
    }

    @Override
    public String getPITarget() {
        return null;
    }

    @Override
    public String getPIData() {
        return null;
    }

    /**
     * A name as read, shared by every reader of the JVM: the bytes, the whole name, and its prefix
     * and local part (the prefix null when there is none). Immutable, so a racy cache is safe.
     */
    static final class Name {
        final byte[] bytes;
        final int hash;
        final String string;
        final String prefix;
        final String local;

        private Name(byte[] bytes, int hash) throws XMLStreamException {
            this.bytes = bytes;
            this.hash = hash;
            this.string = new String(bytes, StandardCharsets.US_ASCII);
            int colon = string.indexOf(':');
            if (colon < 0) {
                prefix = null;
                local = string;
            } else {
                if (colon == 0 || colon == string.length() - 1 || string.indexOf(':', colon + 1) >= 0
                        || !isNameStart(string.charAt(colon + 1))) {
                    throw new XMLStreamException("the name '" + string + "' is not a valid qualified name");
                }
                prefix = string.substring(0, colon);
                local = string.substring(colon + 1);
            }
        }

        static Name of(byte[] buf, int start, int length, int hash) throws XMLStreamException {
            int slot = (hash ^ hash >>> 12) & (NAMES.length - 1);
            Name known = NAMES[slot];
            if (known != null && known.hash == hash
                    && Arrays.equals(known.bytes, 0, known.bytes.length, buf, start, start + length)) {
                return known;
            }
            Name name = new Name(Arrays.copyOfRange(buf, start, start + length), hash);
            NAMES[slot] = name;
            return name;
        }

        boolean same(Name other) {
            return this == other || hash == other.hash && Arrays.equals(bytes, other.bytes);
        }
    }
}
