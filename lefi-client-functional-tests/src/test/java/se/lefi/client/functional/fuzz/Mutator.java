package se.lefi.client.functional.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a valid answer into a damaged one: one to three mutations from text values, structure,
 * namespaces, markup, encoding, raw bytes and the HTTP status and Content-Type, all decided by
 * the {@link Random} it is given, so a case is replayed from its seed alone.
 */
final class Mutator {

    /** The Content-Type a seed is served with unless a mutation changes it. */
    static final String XML = "text/xml; charset=UTF-8";

    /**
     * Holds a mutated answer and what was done to it.
     *
     * @param status the HTTP status to answer with
     * @param contentType the Content-Type header, or null for none
     * @param body the bytes to answer with
     * @param description the mutations, for failure reports
     */
    record Mutant(int status, String contentType, byte[] body, String description) {
    }

    /** The mutations, in the order of the stage they work on: text, then encoding, then bytes, then HTTP. */
    enum Op {
        JUNK_VALUE, LONG_VALUE, JUNK_ATTRIBUTE, SWAP_VALUES, DUPLICATE, DELETE, RENAME, SELF_CLOSE, NAMESPACE,
        DEEP_NESTING, UNBALANCED, DOCTYPE, ENTITY, MARKUP,
        REENCODE,
        FLIP_BYTES, BAD_UTF8, CUT,
        STATUS, CONTENT_TYPE
    }

    private static final Op[] WEIGHTED = weighted();
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s[\\w:.-]+=\")([^\"<>]*)\"");
    private static final Pattern NAMESPACE_DECLARATION = Pattern.compile("xmlns(?::[\\w.-]+)?=\"([^\"]*)\"");
    private static final Pattern XML_DECLARATION = Pattern.compile("^<\\?xml[^>]*\\?>");
    private static final List<String> OTHER_NAMESPACES = List.of("urn:lefi-online:formansinformation:5",
            "urn:lefi-online:formansinformation:6", "urn:lefi-online:formansinformation:7",
            "http://www.w3.org/2003/05/soap-envelope", "http://schemas.xmlsoap.org/soap/envelope/", "", "urn:x");
    private static final List<String> FIXED_JUNK = List.of("", " ", "abc", "12x4", "x1", "2020-13-45", "2020-02-30",
            "2020-1-1", "9999-99-99", "0000-00-00", "+999999999-12-31", "-999999999-01-01", "2020-01-01Z",
            "2020-01-01+25:00", "2020-01-01T25:61:00", "2019-09-02T13:05:09.877+02:00", "P1D", "-1", "-0", "0",
            "000000", "99999999999999999999999999999999999999", String.valueOf(Long.MAX_VALUE) + "0", "1e400",
            "1E+999999999", "1e-999999999", "NaN", "Infinity", "0x1F", "1,5", "1.5.5", "12 000", "true", "null",
            "FK:", ":", "FK:SJP:SJP", "UNKNOWN", "\u00e5\u00e4\u00f6\u00c5\u00c4\u00d6", "\uD83D\uDE00",
            "\u0141ucja \u00d1\u00fa\u00f1ez", "\t\n\r", "   12   ", "5.0", "6.0", "9", "5.1.0", "SJP", "VERKSAMHETSFEL",
            "TEKNISKT_FEL", "APPLIKATIONSFEL", "PERSON_SAKNAS");
    private static final List<String> RAW_JUNK = List.of("<", "&", "]]>", "</x>", "\"", "&undefined;", "&#0;",
            "&#xD800;", "&#1;", "\u0001", "\uFFFE", "<x>", "&amp;&lt;&gt;&quot;&apos;", "&#x1F600;", "<![CDATA[x]]>");
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "text/xml", "application/xml",
            "TEXT/XML;charset=utf-8", "text/xml; charset=ISO-8859-1", "text/html; charset=UTF-8", "application/json",
            "text/plain", "application/soap+xml; charset=UTF-8");
    private static final int[] DEPTHS = {2, 20, 255, 257, 1_000, 50_000};
    private static final int[] COPIES = {1, 2, 50};

    private Mutator() {
    }

    /**
     * Mutates a seed.
     *
     * @param seed the valid answer
     * @param random decides everything
     * @return the mutated answer
     */
    static Mutant mutate(Seed seed, Random random) {
        int count = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ops.add(WEIGHTED[random.nextInt(WEIGHTED.length)]);
        }
        ops.sort(Comparator.naturalOrder());
        List<String> done = new ArrayList<>();
        String text = seed.text();
        byte[] body = null;
        int status = seed.status();
        String contentType = XML;
        for (Op op : ops) {
            if (op.compareTo(Op.REENCODE) < 0) {
                text = mutateText(op, text, seed, random, done);
            } else if (op == Op.REENCODE) {
                body = reencode(text, random, done);
            } else if (op.compareTo(Op.STATUS) < 0) {
                if (body == null) {
                    body = text.getBytes(StandardCharsets.UTF_8);
                }
                body = mutateBytes(op, body, random, done);
            } else if (op == Op.STATUS) {
                status = status == 200 ? (random.nextInt(10) == 0 ? 503 : 500) : 200;
                done.add("status(" + status + ")");
            } else {
                contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                done.add("contentType(" + contentType + ")");
            }
        }
        if (body == null) {
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        return new Mutant(status, contentType, body, String.join(" + ", done));
    }

    private static Op[] weighted() {
        List<Op> ops = new ArrayList<>();
        for (Op op : Op.values()) {
            int weight = switch (op) {
                case JUNK_VALUE -> 10;
                case SWAP_VALUES, DUPLICATE, DELETE, RENAME -> 5;
                case FLIP_BYTES, CUT -> 4;
                case LONG_VALUE, JUNK_ATTRIBUTE, NAMESPACE, UNBALANCED, BAD_UTF8, STATUS, CONTENT_TYPE -> 3;
                default -> 2;
            };
            for (int i = 0; i < weight; i++) {
                ops.add(op);
            }
        }
        return ops.toArray(Op[]::new);
    }

    private static String mutateText(Op op, String text, Seed seed, Random random, List<String> done) {
        // The seed's own scan while the text is still the seed's: most cases mutate once.
        List<Tags.Element> elements = text == seed.text() ? seed.elements() : Tags.scan(text);
        List<Tags.Element> leaves = elements.stream().filter(e -> e.leaf() && !e.selfClosing()).toList();
        // The root (the Envelope) is the last element found; most mutations keep it.
        List<Tags.Element> inner = elements.isEmpty() ? List.of() : elements.subList(0, elements.size() - 1);
        switch (op) {
            case JUNK_VALUE, LONG_VALUE -> {
                if (leaves.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(leaves, random);
                String junk = op == Op.LONG_VALUE ? longJunk(random) : junk(seed, random);
                done.add(op.name().toLowerCase() + "(" + e.qname() + "=" + shorten(junk) + ")");
                return replace(text, e.openEnd(), e.closeStart(), junk);
            }
            case JUNK_ATTRIBUTE -> {
                List<int[]> values = new ArrayList<>();
                Matcher m = ATTRIBUTE.matcher(text);
                while (m.find()) {
                    values.add(new int[] {m.end(1), m.end(2)});
                }
                if (values.isEmpty()) {
                    return noop(op, text, done);
                }
                int[] v = pick(values, random);
                String junk = junk(seed, random);
                done.add("junkAttribute(" + shorten(text.substring(Math.max(0, v[0] - 20), v[0])) + "=" + shorten(junk)
                        + ")");
                return replace(text, v[0], v[1], junk);
            }
            case SWAP_VALUES -> {
                if (leaves.size() < 2) {
                    return noop(op, text, done);
                }
                Tags.Element a = pick(leaves, random);
                Tags.Element b = pick(leaves, random);
                if (a.openStart() > b.openStart()) {
                    Tags.Element t = a;
                    a = b;
                    b = t;
                }
                if (a == b || a.closeEnd() > b.openStart()) {
                    return noop(op, text, done);
                }
                String va = text.substring(a.openEnd(), a.closeStart());
                String vb = text.substring(b.openEnd(), b.closeStart());
                done.add("swapValues(" + a.qname() + "<->" + b.qname() + ")");
                return replace(replace(text, b.openEnd(), b.closeStart(), va), a.openEnd(), a.closeStart(), vb);
            }
            case DUPLICATE -> {
                if (inner.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(inner, random);
                int length = e.closeEnd() - e.openStart();
                // Copies of a whole Body of the large answer would make answers of many megabytes: cap them.
                int copies = Math.max(1, Math.min(COPIES[random.nextInt(COPIES.length)], 2_000_000 / length));
                done.add("duplicate(" + e.qname() + " x" + copies + ")");
                return replace(text, e.closeEnd(), e.closeEnd(),
                        text.substring(e.openStart(), e.closeEnd()).repeat(copies));
            }
            case DELETE -> {
                if (inner.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(inner, random);
                done.add("delete(" + e.qname() + ")");
                return replace(text, e.openStart(), e.closeEnd(), "");
            }
            case RENAME -> {
                if (elements.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(elements, random);
                String name = newName(e, elements, random);
                done.add("rename(" + e.qname() + "->" + name + ")");
                String renamed = e.selfClosing() ? text
                        : replace(text, e.closeStart() + 2, e.closeStart() + 2 + e.qname().length(), name);
                return replace(renamed, e.openStart() + 1, e.openStart() + 1 + e.qname().length(), name);
            }
            case SELF_CLOSE -> {
                if (inner.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(inner, random);
                done.add("selfClose(" + e.qname() + ")");
                return replace(text, e.openStart(), e.closeEnd(), "<" + e.qname() + "/>");
            }
            case NAMESPACE -> {
                if (random.nextBoolean() && !inner.isEmpty()) {
                    Tags.Element e = pick(inner, random);
                    done.add("undeclareDefaultNamespace(" + e.qname() + ")");
                    int at = e.openStart() + 1 + e.qname().length();
                    return replace(text, at, at, " xmlns=\"\"");
                }
                List<int[]> uris = new ArrayList<>();
                Matcher m = NAMESPACE_DECLARATION.matcher(text);
                while (m.find()) {
                    uris.add(new int[] {m.start(1), m.end(1)});
                }
                if (uris.isEmpty()) {
                    return noop(op, text, done);
                }
                int[] u = pick(uris, random);
                String uri = OTHER_NAMESPACES.get(random.nextInt(OTHER_NAMESPACES.size()));
                done.add("namespace(" + text.substring(u[0], u[1]) + "->" + uri + ")");
                return replace(text, u[0], u[1], uri);
            }
            case DEEP_NESTING -> {
                if (elements.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(elements, random);
                int depth = DEPTHS[random.nextInt(DEPTHS.length)];
                String name = random.nextBoolean() ? "n" : e.qname();
                done.add("deepNesting(" + e.qname() + " in " + depth + " x " + name + ")");
                return text.substring(0, e.openStart()) + ("<" + name + ">").repeat(depth)
                        + text.substring(e.openStart(), e.closeEnd()) + ("</" + name + ">").repeat(depth)
                        + text.substring(e.closeEnd());
            }
            case UNBALANCED -> {
                List<Tags.Element> closed = elements.stream().filter(e -> !e.selfClosing()).toList();
                if (closed.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(closed, random);
                return switch (random.nextInt(4)) {
                    case 0 -> {
                        done.add("dropEndTag(" + e.qname() + ")");
                        yield replace(text, e.closeStart(), e.closeEnd(), "");
                    }
                    case 1 -> {
                        done.add("dropStartTag(" + e.qname() + ")");
                        yield replace(text, e.openStart(), e.openEnd(), "");
                    }
                    case 2 -> {
                        done.add("strayEndTag(" + e.qname() + ")");
                        yield replace(text, e.openEnd(), e.openEnd(), "</" + e.qname() + ">");
                    }
                    default -> {
                        done.add("mismatchedEndTag(" + e.qname() + ")");
                        yield replace(text, e.closeStart(), e.closeEnd(), "</" + e.qname() + "x>");
                    }
                };
            }
            case DOCTYPE -> {
                Matcher declaration = XML_DECLARATION.matcher(text);
                int at = declaration.find() ? declaration.end() : 0;
                String doctype = random.nextBoolean() ? "<!DOCTYPE soapenv:Envelope [<!ENTITY e \"entity\">]>"
                        : "<!DOCTYPE soapenv:Envelope SYSTEM \"http://127.0.0.1:1/evil.dtd\">";
                done.add("doctype(" + doctype + ")");
                String withDoctype = replace(text, at, at, doctype);
                List<Tags.Element> after = Tags.scan(withDoctype).stream()
                        .filter(e -> e.leaf() && !e.selfClosing()).toList();
                if (after.isEmpty() || random.nextBoolean()) {
                    return withDoctype;
                }
                Tags.Element e = pick(after, random);
                done.add("entityReference(" + e.qname() + ")");
                return replace(withDoctype, e.openEnd(), e.closeStart(), "&e;");
            }
            case ENTITY -> {
                if (leaves.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(leaves, random);
                String raw = RAW_JUNK.get(random.nextInt(RAW_JUNK.size()));
                done.add("raw(" + e.qname() + " += " + shorten(raw) + ")");
                return replace(text, e.closeStart(), e.closeStart(), raw);
            }
            case MARKUP -> {
                if (elements.isEmpty()) {
                    return noop(op, text, done);
                }
                Tags.Element e = pick(elements, random);
                String markup = switch (random.nextInt(5)) {
                    case 0 -> "<!-- comment -->";
                    case 1 -> "<?pi data?>";
                    case 2 -> "<![CDATA[cdata]]>";
                    case 3 -> "stray text";
                    default -> " \n\t ";
                };
                done.add("markup(" + e.qname() + " += " + shorten(markup) + ")");
                return replace(text, e.openEnd(), e.openEnd(), markup);
            }
            default -> throw new IllegalArgumentException("not a text mutation: " + op);
        }
    }

    private static byte[] reencode(String text, Random random, List<String> done) {
        Matcher declaration = XML_DECLARATION.matcher(text);
        String body = declaration.find() ? text.substring(declaration.end()) : text;
        return switch (random.nextInt(5)) {
            case 0 -> {
                done.add("reencode(UTF-16 with BOM)");
                yield ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body).getBytes(StandardCharsets.UTF_16);
            }
            case 1 -> {
                done.add("reencode(ISO-8859-1)");
                yield ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 2 -> {
                done.add("reencode(UTF-8 with BOM)");
                yield concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                done.add("reencode(UTF-8 declared ISO-8859-1)");
                yield ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                done.add("reencode(declared UTF-7)");
                yield ("<?xml version=\"1.0\" encoding=\"UTF-7\"?>" + body).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static byte[] mutateBytes(Op op, byte[] body, Random random, List<String> done) {
        switch (op) {
            case FLIP_BYTES -> {
                byte[] flipped = body.clone();
                int flips = 1 + random.nextInt(8);
                List<String> where = new ArrayList<>();
                for (int i = 0; i < flips && flipped.length > 0; i++) {
                    int at = random.nextInt(flipped.length);
                    flipped[at] ^= (byte) (1 + random.nextInt(255));
                    where.add(String.valueOf(at));
                }
                done.add("flipBytes(at " + String.join(",", where) + ")");
                return flipped;
            }
            case BAD_UTF8 -> {
                byte[] bad = BAD_UTF8.get(random.nextInt(BAD_UTF8.size()));
                int at = textStart(body, random);
                done.add("badUtf8(" + hex(bad) + " at " + at + ")");
                return concat(Arrays.copyOf(body, at), bad, Arrays.copyOfRange(body, at, body.length));
            }
            case CUT -> {
                int at = body.length == 0 ? 0 : random.nextInt(body.length);
                done.add("cut(at " + at + " of " + body.length + ")");
                return Arrays.copyOf(body, at);
            }
            default -> throw new IllegalArgumentException("not a byte mutation: " + op);
        }
    }

    /** Returns a random place just after a {@code >}, where text usually starts; else anywhere. */
    private static int textStart(byte[] body, Random random) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '>') {
                starts.add(i + 1);
            }
        }
        if (starts.isEmpty() || random.nextInt(4) == 0) {
            return body.length == 0 ? 0 : random.nextInt(body.length + 1);
        }
        return starts.get(random.nextInt(starts.size()));
    }

    private static String junk(Seed seed, Random random) {
        int kind = random.nextInt(20);
        if (kind < 8) {
            return FIXED_JUNK.get(random.nextInt(FIXED_JUNK.size()));
        }
        if (kind < 10) {
            return RAW_JUNK.get(random.nextInt(RAW_JUNK.size()));
        }
        if (kind < 12) {
            return randomString(random, "abcdefghijklmnopqrstuvwxyzåäöABCXYZ", 1 + random.nextInt(20));
        }
        if (kind < 15) {
            return randomString(random, "0123456789", 1 + random.nextInt(40));
        }
        if (kind < 16) {
            StringBuilder any = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                any.appendCodePoint(1 + random.nextInt(0x2FFFF));
            }
            return any.toString().replace("<", "").replace("&", "");
        }
        // A personnummer of the answer in one of its written forms: it must never reach a message in clear.
        List<String> persons = seed.personnummer().stream().sorted().collect(Collectors.toList());
        if (persons.isEmpty()) {
            return "191212121212";
        }
        String ten = persons.get(random.nextInt(persons.size()));
        return switch (random.nextInt(4)) {
            case 0 -> ten;
            case 1 -> ten.substring(0, 6) + "-" + ten.substring(6);
            case 2 -> "19" + ten;
            default -> "Personen " + ten.substring(0, 6) + "-" + ten.substring(6) + " saknas";
        };
    }

    private static String longJunk(Random random) {
        int length = random.nextBoolean() ? 100_000 : 10_000;
        return randomString(random, random.nextBoolean() ? "0123456789" : "abcdefghij <>&;", length);
    }

    private static String newName(Tags.Element e, List<Tags.Element> elements, Random random) {
        String prefix = e.qname().contains(":") ? e.qname().substring(0, e.qname().indexOf(':') + 1) : "";
        return switch (random.nextInt(6)) {
            case 0, 1 -> prefix + pick(elements, random).localName();
            case 2 -> "x";
            case 3 -> "ns9:" + e.localName();
            case 4 -> prefix + e.localName().toUpperCase();
            default -> e.localName();
        };
    }

    private static String noop(Op op, String text, List<String> done) {
        done.add(op.name().toLowerCase() + "(nothing to mutate)");
        return text;
    }

    private static String replace(String text, int from, int to, String with) {
        return text.substring(0, from) + with + text.substring(to);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String shorten(String s) {
        String visible = s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return visible.length() <= 40 ? "'" + visible + "'" : "'" + visible.substring(0, 40) + "...' (" + s.length()
                + " chars)";
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
