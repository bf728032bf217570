package se.lefi.client.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.lefi.client.internal.util.Redaction;

/**
 * Reads one object of a persons file strictly: every field it names must be read, so a misspelt
 * field fails with its path instead of being ignored, and every error says where it is.
 */
final class FileObject {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    FileObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object");
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    Optional<String> optText(String name) {
        JsonNode v = field(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw error(name, "expected text");
        }
        return Optional.of(v.asText());
    }

    String text(String name) {
        return optText(name).orElseThrow(() -> error(name, "is required"));
    }

    Optional<LocalDate> optDate(String name) {
        return optText(name).map(t -> {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw error(name, "expected a date as yyyy-MM-dd");
            }
        });
    }

    LocalDate date(String name) {
        return optDate(name).orElseThrow(() -> error(name, "is required"));
    }

    Optional<Long> optNumber(String name) {
        JsonNode v = field(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw error(name, "expected a whole number");
        }
        return Optional.of(v.asLong());
    }

    int integer(String name) {
        long value = optNumber(name).orElseThrow(() -> error(name, "is required"));
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(name, "is too large");
        }
        return (int) value;
    }

    /** Reads a whole number that fits an int, or {@code otherwise} when it is left out. */
    int optInteger(String name, int otherwise) {
        return optNumber(name).isPresent() ? integer(name) : otherwise;
    }

    long number(String name) {
        return optNumber(name).orElseThrow(() -> error(name, "is required"));
    }

    Optional<Boolean> optFlag(String name) {
        JsonNode v = field(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw error(name, "expected true or false");
        }
        return Optional.of(v.asBoolean());
    }

    Optional<Duration> optDuration(String name) {
        return optText(name).map(t -> {
            try {
                return Duration.parse(t);
            } catch (DateTimeParseException e) {
                throw error(name, "expected an ISO-8601 duration such as PT2S");
            }
        });
    }

    Optional<FileObject> optObject(String name) {
        JsonNode v = field(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(new FileObject(v, path + "." + name));
    }

    /** Reads a list of objects; a missing list is empty. */
    List<FileObject> objects(String name) {
        List<FileObject> result = new ArrayList<>();
        JsonNode v = field(name);
        if (v == null || v.isNull()) {
            return result;
        }
        if (!v.isArray()) {
            throw error(name, "expected a list");
        }
        for (int i = 0; i < v.size(); i++) {
            result.add(new FileObject(v.get(i), path + "." + name + "[" + i + "]"));
        }
        return result;
    }

    /** Reads a list of texts; a missing list is empty. */
    Optional<List<String>> optTexts(String name) {
        JsonNode v = field(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isArray()) {
            throw error(name, "expected a list");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                throw error(name, "expected a list of texts");
            }
            result.add(item.asText());
        }
        return Optional.of(result);
    }

    /** Fails on any field that was not read. */
    void finish() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!read.contains(name)) {
                // A key may itself be a personnummer (a person written as a map entry): mask it.
                throw new IllegalArgumentException(path + ": unknown field '" + Redaction.mask(name) + "'; known here: "
                        + String.join(", ", read));
            }
        }
    }

    IllegalArgumentException error(String name, String problem) {
        return new IllegalArgumentException(path + "." + name + ": " + problem);
    }

    private JsonNode field(String name) {
        read.add(name);
        return node.get(name);
    }
}
