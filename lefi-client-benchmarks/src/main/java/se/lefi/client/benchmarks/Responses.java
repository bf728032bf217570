package se.lefi.client.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the benchmark's answers deterministically from the structure of the 6.0 sample answer
 * ({@code 02-svar.xml}): the same person, cases and payments, with the payments repeated week by
 * week (dates shifted) until the answer reaches its size.
 *
 * <p>Only text operations are used, so building the answers loads no XML or JAXB class: the cold
 * start benchmark starts from a JVM that has not touched them.
 *
 * <pre>{@code
 * byte[] large = Responses.bytes(Responses.Size.LARGE);
 * }</pre>
 */
public final class Responses {

    /** The answer sizes of the benchmark. */
    public enum Size {
        /** One person, one case, a few payments: about 10 KB. */
        SMALL(0),
        /** Every case of the sample and months of payments: about 200 KB. */
        MEDIUM(200 * 1024),
        /** Years of payments: about 5 MB. */
        LARGE(5 * 1024 * 1024);

        private final int target;

        Size(int target) {
            this.target = target;
        }

        /** Returns the lower-case name used in URLs and JMH parameters. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses a JMH parameter. */
        public static Size of(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final String TEMPLATE = "/se/lefi/client/benchmarks/template/02-svar.xml";
    private static final Pattern CHILD = Pattern.compile("(?s)\\n {8}<(\\w+)>.*?\\n {8}</\\1>");
    private static final Pattern DATE = Pattern.compile(">(\\d{4}-\\d{2}-\\d{2})<");
    private static final Map<Size, byte[]> CACHE = new EnumMap<>(Size.class);

    private Responses() {
    }

    /**
     * Returns the answer of a size as UTF-8 bytes; the same bytes on every call and in every JVM.
     *
     * @param size the size
     * @return a complete SOAP 1.1 envelope whose payload is valid against the 6.0 XSD
     */
    public static synchronized byte[] bytes(Size size) {
        return CACHE.computeIfAbsent(size, Responses::build).clone();
    }

    /** Builds the answer anew, bypassing the cache; {@link #bytes} keeps the first build. */
    static byte[] build(Size size) {
        return text(size).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Size size) {
        String template = template();
        int open = template.indexOf("<formansinformation>") + "<formansinformation>".length();
        int close = template.lastIndexOf("\n      </formansinformation>");
        String head = template.substring(0, open);
        String tail = template.substring(close);
        List<String[]> children = new ArrayList<>();
        Matcher m = CHILD.matcher(template.substring(open, close));
        while (m.find()) {
            children.add(new String[] {m.group(1), m.group()});
        }
        StringBuilder out = new StringBuilder(Math.max(size.target, 16 * 1024) + 64 * 1024).append(head);
        List<String> payments = new ArrayList<>();
        for (String[] child : children) {
            boolean payment = child[0].equals("utbetalningsuppgift");
            if (payment) {
                payments.add(child[1]);
            } else if (size != Size.SMALL || List.of("generellPersoninformation", "foraldrapenningarende",
                    "programanvisning", "programjobdagar").contains(child[0])) {
                out.append(child[1]);
            }
        }
        // Payments come last in the sequence, so repeating them keeps the answer valid.
        int week = 0;
        do {
            for (String p : payments) {
                out.append(week == 0 ? p : shift(p, week));
            }
            week++;
        } while (out.length() + tail.length() < size.target);
        return out.append(tail).toString();
    }

    private static String shift(String block, int weeks) {
        Matcher m = DATE.matcher(block);
        StringBuilder sb = new StringBuilder(block.length());
        while (m.find()) {
            m.appendReplacement(sb, ">" + LocalDate.parse(m.group(1)).minusWeeks(weeks) + "<");
        }
        return m.appendTail(sb).toString();
    }

    private static String template() {
        try (InputStream in = Responses.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
