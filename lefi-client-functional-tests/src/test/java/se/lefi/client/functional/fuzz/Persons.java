package se.lefi.client.functional.fuzz;

import java.util.HashSet;
import java.util.Set;
import se.lefi.client.tck.ClearPersonnummer;

/** Finds personnummer in clear, reduced to their last ten digits so that every written form compares equal. */
final class Persons {

    private Persons() {
    }

    /**
     * Returns the last ten digits of every personnummer written in clear in the text.
     *
     * @param text any text
     * @return the numbers, ten digits each
     */
    static Set<String> tenDigitsIn(String text) {
        Set<String> found = new HashSet<>();
        for (String written : ClearPersonnummer.in(text)) {
            String digits = written.replaceAll("\\D", "");
            found.add(digits.substring(digits.length() - 10));
        }
        return found;
    }
}
