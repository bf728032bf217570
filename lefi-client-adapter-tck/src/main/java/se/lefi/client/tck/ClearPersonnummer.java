package se.lefi.client.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personnummer (and samordningsnummer) in clear text: a 10- or 12-digit run, with or
 * without a separator, whose date part is a plausible date and whose check digit is right.
 * The date and check-digit tests keep organisationsnummer, amounts and durations out.
 */
public final class ClearPersonnummer {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)(?:\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+]?(\\d{3})(\\d)(?!\\d)");

    private ClearPersonnummer() {
    }

    /**
     * Returns every personnummer in clear in the text.
     *
     * @param text any text
     * @return the numbers found, as they appear
     */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            int g = 1;
            String yy = m.group(g);
            int month = Integer.parseInt(m.group(g + 1));
            int day = Integer.parseInt(m.group(g + 2));
            String nine = yy + m.group(g + 1) + m.group(g + 2) + m.group(g + 3);
            boolean plausibleDate = month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91);
            if (plausibleDate && checkDigit(nine) == Integer.parseInt(m.group(g + 4))) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Returns the Luhn check digit of the nine digits ÅÅMMDDNNN. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
