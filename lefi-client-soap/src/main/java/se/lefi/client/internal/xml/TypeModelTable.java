package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the type model of a package of generated classes from the table the build wrote next to
 * them ({@value #RESOURCE}, by {@link TypeModelTableWriter}), so a fresh JVM does not parse the JAXB
 * annotations of every class it decodes or writes. A class the table does not list, or a package
 * without a table, is modelled from its annotations as before; the tests of each adapter prove
 * the table equal to that reflective model for every class ({@link TypeModelTableCheck}).
 *
 * <p>The table holds names only; the fields and value classes are looked up through the
 * generated class's own loader when its model is made, once per class.
 *
 * <pre>{@code
 * JaxbTypeModel model = TypeModelTable.model(Belopp.class); // null when the table does not list it
 * }</pre>
 */
final class TypeModelTable {

    /** The table's file name, in the generated classes' package directory. */
    static final String RESOURCE = "lefi-type-model.tsv";
    static final String CLASS = "C";
    static final String PROPERTY = "P";
    static final String ENUM_CONSTANT = "E";
    static final String NO_DEFAULT = "-";
    static final String DEFAULT_PREFIX = "=";

    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

    private TypeModelTable() {
    }

    /** One class's line and its own properties' lines. */
    record ClassEntry(boolean xmlType, String typeName, List<String[]> properties) {
    }

    /** A package's table: classes and enums by binary name. */
    record Table(Map<String, ClassEntry> classes, Map<String, Map<String, String>> enums) {
    }

    /**
     * Returns the model of a class from its package's table.
     *
     * @param type a class
     * @return its model, or null when no table lists it
     */
    static JaxbTypeModel model(Class<?> type) {
        ClassEntry entry = table(type).classes().get(type.getName());
        if (entry == null) {
            return null;
        }
        List<JaxbProperty> properties = new ArrayList<>(entry.properties().size());
        for (String[] p : entry.properties()) {
            properties.add(property(type, p));
        }
        return JaxbTypeModel.fromParts(type, entry.xmlType(), entry.typeName(), properties);
    }

    /**
     * Tells whether the table lists a class, and if so whether it carries {@code XmlType}.
     *
     * @param type a class
     * @return TRUE or FALSE from the table, null when no table lists it
     */
    static Boolean xmlType(Class<?> type) {
        ClassEntry entry = table(type).classes().get(type.getName());
        return entry == null ? null : entry.xmlType();
    }

    /**
     * Returns an enum's constants by lexical value from the table.
     *
     * @param enumType a generated enum
     * @return constant names by lexical value, or null when no table lists the enum
     */
    static Map<String, String> enumConstants(Class<?> enumType) {
        return table(enumType).enums().get(enumType.getName());
    }

    static Table table(Class<?> type) {
        return TABLES.computeIfAbsent(type.getPackageName(), p -> read(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JaxbProperty property(Class<?> type, String[] p) {
        ClassLoader loader = type.getClassLoader();
        try {
            Field field = type.getDeclaredField(p[1]);
            String flags = p[4];
            Class<?> adapter = p[6].isEmpty() ? null : Class.forName(p[6], false, loader);
            return new JaxbProperty(field, p[2], p[3], flags.indexOf('a') >= 0, flags.indexOf('n') >= 0,
                    flags.indexOf('l') >= 0, flags.indexOf('x') >= 0, type(p[5], loader),
                    (Class<? extends XmlAdapter<?, ?>>) (Class) adapter,
                    p[7].startsWith(DEFAULT_PREFIX) ? p[7].substring(DEFAULT_PREFIX.length()) : null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the type model table of " + type.getPackageName()
                    + " does not match its classes (rebuild the module): " + e.getMessage(), e);
        }
    }

    private static Class<?> type(String name, ClassLoader loader) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "char" -> char.class;
            default -> Class.forName(name, false, loader);
        };
    }

    private static Table read(Class<?> type) {
        Map<String, ClassEntry> classes = new HashMap<>();
        Map<String, Map<String, String>> enums = new HashMap<>();
        try (InputStream in = type.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Table(Map.of(), Map.of());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> current = null;
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                String line = text.substring(start, end);
                start = end + 1;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                switch (cells[0]) {
                    case CLASS -> {
                        current = new ArrayList<>();
                        classes.put(cells[1], new ClassEntry("1".equals(cells[2]), cells[3], current));
                    }
                    case PROPERTY -> current.add(cells);
                    case ENUM_CONSTANT -> enums.computeIfAbsent(cells[1], k -> new HashMap<>()).put(cells[2], cells[3]);
                    default -> throw new IllegalStateException("unknown line in " + RESOURCE + ": " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        enums.replaceAll((k, v) -> Map.copyOf(v));
        return new Table(Map.copyOf(classes), Map.copyOf(enums));
    }
}
