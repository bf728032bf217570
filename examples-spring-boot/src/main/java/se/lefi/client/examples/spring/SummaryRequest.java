package se.lefi.client.examples.spring;

import java.time.LocalDate;

/**
 * Asks the example service about one person and period; sent as a POST body so that the
 * personnummer never lands in a URL, and so in no access log.
 *
 * <pre>{@code
 * {"personnummer":"19850412-2386","from":"2020-01-01","to":"2020-12-31"}
 * }</pre>
 *
 * @param personnummer the person, 10 or 12 digits
 * @param from the first day of the period
 * @param to the last day of the period
 */
public record SummaryRequest(String personnummer, LocalDate from, LocalDate to) {
}
