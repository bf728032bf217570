package se.lefi.client;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a validated Swedish personnummer or samordningsnummer, always in its 12-digit form.
 *
 * <p>{@link #toString()} is masked ({@code 19121212-****}) so that a personnummer never reaches a
 * log line by accident; only {@link #value()} gives the digits.
 *
 * <pre>{@code
 * Personnummer pnr = Personnummer.parse("121212-1212");
 * pnr.value();    // "191212121212"
 * pnr.toString(); // "19121212-****"
 * }</pre>
 */
public final class Personnummer {

    private static final Pattern FORM =
            Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{4})");
    private static final int SAMORDNING_OFFSET = 60;

    private final String value;

    private Personnummer(String value) {
        this.value = value;
    }

    /**
     * Parses a personnummer or samordningsnummer in 10 or 12 digits, with or without {@code -} or
     * {@code +}, taking today's date from the system clock for the century of a 10-digit form.
     *
     * @param text the number as written
     * @return the validated number
     * @throws IllegalArgumentException if the text is not a valid personnummer; the message never
     *     repeats the digits
     */
    public static Personnummer parse(String text) {
        return parse(text, Clock.systemDefaultZone());
    }

    /**
     * Parses as {@link #parse(String)}, with the given clock deciding the century of a 10-digit
     * form: the one that makes the person younger than 100, or 100 or older with {@code +}.
     *
     * @param text the number as written
     * @param clock the clock that says what day it is
     * @return the validated number
     */
    public static Personnummer parse(String text, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (text == null) {
            throw new IllegalArgumentException("personnummer must not be null");
        }
        String trimmed = text.trim();
        if (trimmed.length() == 12 && digitsOnly(trimmed)) {
            // The form every answer and most callers use: the same checks as below without a regex.
            String tenDigits = trimmed.substring(2);
            if (!luhnValid(tenDigits)) {
                throw new IllegalArgumentException("personnummer has a wrong check digit");
            }
            int dayOfMonth = (trimmed.charAt(6) - '0') * 10 + trimmed.charAt(7) - '0';
            birthDate(trimmed.substring(0, 4), trimmed.substring(4, 6),
                    dayOfMonth > SAMORDNING_OFFSET ? dayOfMonth - SAMORDNING_OFFSET : dayOfMonth);
            return new Personnummer(trimmed);
        }
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "personnummer must have 10 or 12 digits, optionally with '-' or '+' before the last four");
        }
        String yy = m.group(2);
        String mm = m.group(3);
        String dd = m.group(4);
        String separator = m.group(5);
        String last4 = m.group(6);
        String tenDigits = yy + mm + dd + last4;
        if (!luhnValid(tenDigits)) {
            throw new IllegalArgumentException("personnummer has a wrong check digit");
        }
        int dayOfMonth = Integer.parseInt(dd);
        int birthDay = dayOfMonth > SAMORDNING_OFFSET ? dayOfMonth - SAMORDNING_OFFSET : dayOfMonth;
        String century;
        if (m.group(1) != null) {
            century = m.group(1);
            birthDate(century + yy, mm, birthDay);
        } else {
            century = centuryFor(Integer.parseInt(yy), Integer.parseInt(mm), birthDay, "+".equals(separator),
                    LocalDate.now(clock));
        }
        return new Personnummer(century + tenDigits);
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String centuryFor(int yy, int month, int day, boolean hundredOrOlder, LocalDate today) {
        // Walk back from this century: the latest birth date not in the future, then 100 years
        // earlier if the '+' says the person is at least 100.
        int thisCentury = today.getYear() / 100;
        for (int c = thisCentury; c >= thisCentury - 2; c--) {
            LocalDate born = birthDate(String.format("%02d%02d", c, yy), String.format("%02d", month), day);
            if (born.isAfter(today)) {
                continue;
            }
            boolean atLeastHundred = !born.plusYears(100).isAfter(today);
            if (atLeastHundred == hundredOrOlder) {
                return String.format("%02d", c);
            }
            if (hundredOrOlder) {
                continue;
            }
            break;
        }
        throw new IllegalArgumentException("personnummer has no possible century for its separator");
    }

    private static LocalDate birthDate(String year, String month, int day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("personnummer does not contain a valid date of birth");
        }
    }

    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Returns the 12 digits, e.g. {@code "191212121212"}. Handle with care: this is personal data. */
    public String value() {
        return value;
    }

    /** Tells whether this is a samordningsnummer (coordination number: day of birth plus 60). */
    public boolean isSamordningsnummer() {
        return Integer.parseInt(value.substring(6, 8)) > SAMORDNING_OFFSET;
    }

    /** Returns the date of birth the number encodes. */
    public LocalDate birthDate() {
        int day = Integer.parseInt(value.substring(6, 8));
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                day > SAMORDNING_OFFSET ? day - SAMORDNING_OFFSET : day);
    }

    /** Returns the masked form, {@code 19121212-****}; the same as {@link #toString()}. */
    public String masked() {
        return value.substring(0, 8) + "-****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Personnummer other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the masked form; the four last digits never appear. */
    @Override
    public String toString() {
        return masked();
    }
}
