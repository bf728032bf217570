package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.XmlType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the type model table of a package of generated classes at build time: what
 * {@link JaxbTypeModel} would read from their JAXB annotations, as plain text next to the classes,
 * so that a fresh JVM reads a few kilobytes instead of parsing annotations ({@link TypeModelTable}).
 * The adapters' builds run it right after compiling (exec-maven-plugin, phase {@code compile}).
 *
 * <p>One line per class ({@code C}), per property ({@code P}, in the model's order) and per enum
 * constant ({@code E}), cells separated by tabs; a value holding a tab or line break is refused.
 *
 * <pre>{@code
 * java -cp target/classes:... se.lefi.client.internal.xml.TypeModelTableWriter target/classes se.lefi.client.v6.internal.jaxb
 * }</pre>
 */
public final class TypeModelTableWriter {

    private TypeModelTableWriter() {
    }

    /**
     * Writes the table of one package into its directory under the classes directory.
     *
     * @param args the classes directory and the generated package's name
     * @throws IOException when the classes cannot be listed or the table not written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TypeModelTableWriter <classes directory> <package>");
        }
        Path directory = Path.of(args[0]).resolve(args[1].replace('.', '/'));
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String table = table(modelledClasses(directory, args[1], loader));
        Files.writeString(directory.resolve(TypeModelTable.RESOURCE), table, StandardCharsets.UTF_8);
    }

    /**
     * Returns the table text for the given classes, from their annotations.
     *
     * @param classes generated classes and enums, in the order to list them
     * @return the table
     */
    static String table(List<Class<?>> classes) {
        StringBuilder out = new StringBuilder(8192);
        out.append("# lefi-client type model of the generated classes, written at build time from their JAXB")
                .append(" annotations by TypeModelTableWriter; do not edit\n");
        for (Class<?> type : classes) {
            XmlType xmlType = type.getAnnotation(XmlType.class);
            line(out, TypeModelTable.CLASS, type.getName(), xmlType == null ? "0" : "1",
                    xmlType == null ? "" : xmlType.name());
            for (JaxbProperty p : JaxbTypeModel.ownProperties(type)) {
                line(out, TypeModelTable.PROPERTY, p.field().getName(), p.name(), p.namespace(), flags(p),
                        p.valueType().getName(), p.adapter() == null ? "" : p.adapter().getName(),
                        p.defaultValue() == null ? TypeModelTable.NO_DEFAULT
                                : TypeModelTable.DEFAULT_PREFIX + p.defaultValue());
            }
            if (type.isEnum()) {
                for (Map.Entry<String, String> c : new TreeMap<>(JaxbTypeModel.reflectiveEnumConstants(type)).entrySet()) {
                    line(out, TypeModelTable.ENUM_CONSTANT, type.getName(), c.getKey(), c.getValue());
                }
            }
        }
        return out.toString();
    }

    /**
     * Lists the classes of a package directory that have a model: those with {@link XmlType}, and
     * enums; sorted by name, nested classes included.
     *
     * @param directory the package's directory of class files
     * @param packageName the package
     * @param loader the loader to load them with (not initialised)
     * @return the classes
     * @throws IOException when the directory cannot be listed
     */
    static List<Class<?>> modelledClasses(Path directory, String packageName, ClassLoader loader) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> packageName + "." + n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !n.endsWith(".package-info")).sorted().toList();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isEnum() || type.isAnnotationPresent(XmlType.class)) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("listed but not loadable: " + name, e);
            }
        }
        return classes;
    }

    private static String flags(JaxbProperty p) {
        return (p.attribute() ? "a" : "") + (p.nillable() ? "n" : "") + (p.list() ? "l" : "") + (p.xmlList() ? "x" : "");
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a tab or line break in a type model value: " + cell);
            }
            out.append(i == 0 ? "" : "\t").append(cell);
        }
        out.append('\n');
    }
}
