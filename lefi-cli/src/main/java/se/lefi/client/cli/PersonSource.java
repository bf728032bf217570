package se.lefi.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the persons to ask about: one personnummer a line from a file or standard input (blank
 * lines and lines starting with {@code #} skipped), or from {@code --pnr}. Each keeps its line
 * number, so a bad line can be named without repeating its content.
 */
final class PersonSource {

    /**
     * Holds one input line.
     *
     * @param where "line 7" or "--pnr value 2", for messages
     * @param text the text, trimmed
     */
    record Entry(String where, String text) {
    }

    private PersonSource() {
    }

    static List<Entry> fromArguments(List<String> values) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            entries.add(new Entry("--pnr value " + (i + 1), values.get(i).trim()));
        }
        return entries;
    }

    /** Reads a file, or standard input for {@code -}. */
    static List<Entry> fromFile(String file, LefiCli.Environment env) {
        try (BufferedReader reader = "-".equals(file)
                ? new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            List<Entry> entries = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (!text.isEmpty() && !text.startsWith("#")) {
                    entries.add(new Entry("line " + number, text));
                }
            }
            return entries;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the personnummer file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("the personnummer file " + file + " cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }
}
