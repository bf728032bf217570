package se.lefi.client.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the wait an HTTP answer asks for before the next attempt: its {@code Retry-After} header
 * as delta-seconds ({@code 120}) or as an HTTP-date ({@code Sun, 06 Nov 1994 08:49:37 GMT}, or
 * the two obsolete forms RFC 9110 tells recipients to accept).
 *
 * <p>An HTTP-date is measured from the answer's own {@code Date} header when it has a readable one,
 * so that a skewed local clock does not stretch or shorten the wait; otherwise from now. A date
 * in the past asks for no wait. A value that is neither form is ignored: a garbled header must not
 * change how the client retries.
 *
 * <pre>{@code
 * Optional<Duration> wait = RetryAfter.parse(answer.header("Retry-After"), answer.header("Date"), Clock.systemUTC());
 * }</pre>
 */
public final class RetryAfter {

    /** The longest wait the parser reports; anything longer is as good as "not soon". */
    static final Duration LONGEST = Duration.ofDays(1);

    private static final List<DateTimeFormatter> HTTP_DATES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 1970).appendPattern(" HH:mm:ss zzz")
                    .toFormatter(Locale.ENGLISH),
            // asctime: Sun Nov  6 08:49:37 1994 (always GMT)
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE MMM ppd HH:mm:ss yyyy")
                    .toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC));

    private RetryAfter() {
    }

    /**
     * Reads the requested wait.
     *
     * @param retryAfter the Retry-After header's value, if the answer had one
     * @param date the answer's Date header, if it had one
     * @param clock the clock for an HTTP-date when the answer has no readable Date
     * @return the wait, zero or more and at most a day; empty without a readable header
     */
    public static Optional<Duration> parse(Optional<String> retryAfter, Optional<String> date, Clock clock) {
        if (retryAfter.isEmpty()) {
            return Optional.empty();
        }
        String value = retryAfter.get().trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // More than 18 digits would overflow a long; such a value only means "a very long time".
            long seconds = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
            return Optional.of(seconds > LONGEST.toSeconds() ? LONGEST : Duration.ofSeconds(seconds));
        }
        Optional<Instant> at = httpDate(value);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Instant from = date.flatMap(d -> httpDate(d.trim())).orElseGet(clock::instant);
        Duration wait = Duration.between(from, at.get());
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }

    private static Optional<Instant> httpDate(String value) {
        for (DateTimeFormatter format : HTTP_DATES) {
            try {
                return Optional.of(ZonedDateTime.parse(value, format).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
