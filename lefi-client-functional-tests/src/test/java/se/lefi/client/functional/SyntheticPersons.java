package se.lefi.client.functional;

import java.util.ArrayList;
import java.util.List;
import se.lefi.client.Personnummer;

/**
 * Synthetic persons for the functional tests: valid personnummer (correct check digit) that belong
 * to nobody, generated rather than typed so that there are enough for the concurrency test.
 */
public final class SyntheticPersons {

    /** The person of the 6.0 sample answer. */
    public static final String SAMPLE = "198402298452";
    /** The sample's child. */
    public static final String SAMPLE_CHILD = "201409181508";

    private SyntheticPersons() {
    }

    /**
     * Returns {@code count} distinct valid 12-digit personnummer.
     *
     * @param count how many
     * @return the numbers
     */
    public static List<String> generate(int count) {
        List<String> numbers = new ArrayList<>();
        int serial = 100;
        while (numbers.size() < count) {
            int day = 1 + numbers.size() % 28;
            int month = 1 + (numbers.size() / 28) % 12;
            String nine = String.format("%02d%02d%02d%03d", 70 + numbers.size() % 25, month, day, serial++ % 1000);
            numbers.add("19" + nine + checkDigit(nine));
        }
        return numbers;
    }

    /** Parses a 12-digit number. */
    public static Personnummer parse(String twelveDigits) {
        return Personnummer.parse(twelveDigits);
    }

    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
