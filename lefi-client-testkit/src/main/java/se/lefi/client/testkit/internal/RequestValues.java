package se.lefi.client.testkit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.lefi.client.Personnummer;

/**
 * Reads the values of a query the simulator received, leniently: a value that does not parse is
 * null, and the caller answers it as the contract's error for that version (a SOAP fault or a
 * version 9 400), since a simulator must answer bad input rather than fail on it.
 *
 * <pre>{@code
 * Personnummer pnr = RequestValues.personnummer(request.personnummer(), RequestValues.TWELVE_DIGITS);
 * }</pre>
 */
public final class RequestValues {

    /** The SOAP versions' form: twelve digits. */
    public static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    /** Version 9's pattern: ten or twelve digits without a separator. */
    public static final Pattern TEN_OR_TWELVE_DIGITS = Pattern.compile("([0-9]{2})?[0-9]{10}");

    private RequestValues() {
    }

    /** Returns the personnummer when it has the version's form and a right check digit, else null. */
    public static Personnummer personnummer(String value, Pattern form) {
        if (value == null || !form.matcher(value).matches()) {
            return null;
        }
        try {
            return Personnummer.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Returns the ISO date, or null when it is missing or malformed. */
    public static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
