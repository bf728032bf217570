package se.lefi.client.internal.xml;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the build's type model table of a generated package with what the JAXB annotations of
 * its classes say, class by class: the proof, run in each adapter's tests, that reading the table
 * changes nothing about what is written or decoded.
 *
 * <pre>{@code
 * assertThat(TypeModelTableCheck.differences(ObjectFactory.class)).isEmpty();
 * assertThat(TypeModelTableCheck.listedClasses(ObjectFactory.class)).isGreaterThan(0);
 * }</pre>
 */
public final class TypeModelTableCheck {

    private TypeModelTableCheck() {
    }

    /**
     * Lists every difference between the table and the annotations for the package of a class
     * that is loaded from a classes directory (as in a module's own tests).
     *
     * @param classInPackage any class of the generated package
     * @return one line per difference; empty when table and annotations agree on every class
     * @throws IOException when the package directory cannot be listed
     */
    public static List<String> differences(Class<?> classInPackage) throws IOException {
        List<String> differences = new ArrayList<>();
        TypeModelTable.Table table = TypeModelTable.table(classInPackage);
        if (table.classes().isEmpty()) {
            differences.add("no " + TypeModelTable.RESOURCE + " next to " + classInPackage.getName());
        }
        Set<String> seen = new HashSet<>();
        for (Class<?> type : TypeModelTableWriter.modelledClasses(packageDirectory(classInPackage),
                classInPackage.getPackageName(), classInPackage.getClassLoader())) {
            seen.add(type.getName());
            JaxbTypeModel fromTable = TypeModelTable.model(type);
            if (fromTable == null) {
                differences.add(type.getName() + ": not in the table");
                continue;
            }
            JaxbTypeModel reflective = JaxbTypeModel.reflective(type);
            if (!fromTable.typeName().equals(reflective.typeName()) || fromTable.annotated() != reflective.annotated()) {
                differences.add(type.getName() + ": type name or XmlType differs");
            }
            if (!fromTable.properties().equals(reflective.properties())) {
                differences.add(type.getName() + ": properties differ: table " + fromTable.properties()
                        + " annotations " + reflective.properties());
            }
            if (!Objects.equals(TypeModelTable.xmlType(type), type.isAnnotationPresent(jakarta.xml.bind.annotation.XmlType.class))) {
                differences.add(type.getName() + ": XmlType presence differs");
            }
            if (type.isEnum()) {
                Map<String, String> constants = TypeModelTable.enumConstants(type);
                if (!JaxbTypeModel.reflectiveEnumConstants(type).equals(constants)) {
                    differences.add(type.getName() + ": enum constants differ: table " + constants);
                }
            }
        }
        for (String listed : table.classes().keySet()) {
            if (!seen.contains(listed)) {
                differences.add(listed + ": in the table but not a generated class of the package");
            }
        }
        return differences;
    }

    /**
     * Counts the classes the table lists for the package of a class.
     *
     * @param classInPackage any class of the generated package
     * @return how many classes the table lists
     */
    public static int listedClasses(Class<?> classInPackage) {
        return TypeModelTable.table(classInPackage).classes().size();
    }

    private static Path packageDirectory(Class<?> type) throws IOException {
        try {
            Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = root.resolve(type.getPackageName().replace('.', '/'));
            if (!Files.isDirectory(directory)) {
                throw new IOException("not loaded from a classes directory: " + type.getName());
            }
            return directory;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
