package se.lefi.client.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("1994-11-06T08:49:30Z"), ZoneOffset.UTC);

    private static Optional<Duration> parse(String retryAfter, String date) {
        return RetryAfter.parse(Optional.ofNullable(retryAfter), Optional.ofNullable(date), NOW);
    }

    @Test
    void parse_whenDeltaSeconds_returnsThatWait() {
        assertThat(parse("120", null)).contains(Duration.ofSeconds(120));
        assertThat(parse(" 0 ", null)).contains(Duration.ZERO);
    }

    @Test
    void parse_whenImfFixdate_measuresFromTheAnswersDateHeader() {
        assertThat(parse("Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:35 GMT"))
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void parse_whenImfFixdateWithoutDateHeader_measuresFromTheClock() {
        assertThat(parse("Sun, 06 Nov 1994 08:49:37 GMT", null)).contains(Duration.ofSeconds(7));
        assertThat(parse("Sun, 06 Nov 1994 08:49:37 GMT", "not a date")).contains(Duration.ofSeconds(7));
    }

    @Test
    void parse_whenObsoleteRfc850OrAsctimeDate_readsThem() {
        assertThat(parse("Sunday, 06-Nov-94 08:49:37 GMT", null)).contains(Duration.ofSeconds(7));
        assertThat(parse("Sun Nov  6 08:49:37 1994", null)).contains(Duration.ofSeconds(7));
    }

    @Test
    void parse_whenTheDateIsPast_asksForNoWait() {
        assertThat(parse("Sun, 06 Nov 1994 08:00:00 GMT", null)).contains(Duration.ZERO);
    }

    @Test
    void parse_whenGarbageOrNegativeOrAbsent_isEmpty() {
        assertThat(parse("soon", null)).isEmpty();
        assertThat(parse("-5", null)).isEmpty();
        assertThat(parse("1.5", null)).isEmpty();
        assertThat(parse("", null)).isEmpty();
        assertThat(parse(null, "Sun, 06 Nov 1994 08:49:35 GMT")).isEmpty();
    }

    @Test
    void parse_whenAbsurdlyLong_capsAtADayWithoutOverflow() {
        assertThat(parse("9".repeat(40), null)).contains(RetryAfter.LONGEST);
        assertThat(parse("Fri, 31 Dec 9999 23:59:59 GMT", null)).contains(RetryAfter.LONGEST);
    }
}
