package se.lefi.client.testkit;

/** Makes valid personnummer for tests that need many distinct persons. */
final class TestPersons {

    private TestPersons() {
    }

    /**
     * Returns the 12-digit personnummer born 1990-01-01 with the given serial and its check digit.
     *
     * @param serial 0 to 999
     * @return the number
     */
    static String bornNewYear1990(int serial) {
        String nine = "900101" + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "19" + nine + (10 - sum % 10) % 10;
    }
}
