package se.lefi.client.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.DatePeriod;

/**
 * Narrows the queries a {@link QueryVerification} found, one condition at a time, and fails at
 * once when none is left; the failure lists every query received, personnummer masked.
 *
 * <pre>{@code
 * lefi.verify().queried(pnr)
 *         .inVersion(LefiVersion.V6_0)
 *         .forPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
 *         .forBenefits(Benefit.SJUKPENNING)
 *         .withCorrelationId("case-4711")
 *         .answered()
 *         .once();
 * }</pre>
 */
public final class QueryExpectation {

    private final List<RecordedQuery> received;
    private final List<RecordedQuery> matching;
    private final List<String> conditions;

    QueryExpectation(List<RecordedQuery> received, List<RecordedQuery> matching, List<String> conditions) {
        this.received = received;
        this.matching = matching;
        this.conditions = conditions;
    }

    QueryExpectation about(Personnummer personnummer) {
        return narrow("about " + personnummer.masked(), q -> q.personnummer().filter(personnummer::equals).isPresent());
    }

    void about(Personnummer personnummer, int times) {
        List<String> cs = new ArrayList<>(conditions);
        cs.add("about " + personnummer.masked());
        new QueryExpectation(received, matching.stream()
                .filter(q -> q.personnummer().filter(personnummer::equals).isPresent()).toList(), cs).times(times);
    }

    /**
     * Keeps the queries that asked for case information about at least these groups.
     *
     * @param benefits the groups
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation forBenefits(Benefit... benefits) {
        List<Benefit> wanted = list(benefits);
        return narrow("for benefits " + wanted, q -> q.benefits().containsAll(wanted));
    }

    /**
     * Keeps the queries that asked for executed payments of at least these groups.
     *
     * @param benefits the groups
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation withPayments(Benefit... benefits) {
        List<Benefit> wanted = list(benefits);
        return narrow("with payments " + wanted, q -> q.payments().containsAll(wanted));
    }

    /**
     * Keeps the queries that asked for preliminary payments of at least these groups.
     *
     * @param benefits the groups
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation withPreliminaryPayments(Benefit... benefits) {
        List<Benefit> wanted = list(benefits);
        return narrow("with preliminary payments " + wanted, q -> q.preliminaryPayments().containsAll(wanted));
    }

    /**
     * Keeps the queries for exactly this period.
     *
     * @param from the first day
     * @param to the last day
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation forPeriod(LocalDate from, LocalDate to) {
        DatePeriod wanted = DatePeriod.of(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
        return narrow("for period " + wanted, q -> q.period().filter(wanted::equals).isPresent());
    }

    /**
     * Keeps the queries in this contract version.
     *
     * @param version the version
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation inVersion(LefiVersion version) {
        Objects.requireNonNull(version, "version");
        return narrow("in version " + version.wireValue(), q -> q.version().filter(version::equals).isPresent());
    }

    /**
     * Keeps the queries sent as this organisation (10 digits, or 12 with the prefix 16).
     *
     * @param organisationsnummer the organisation
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation byOrganisation(String organisationsnummer) {
        String wanted = tenDigits(Objects.requireNonNull(organisationsnummer, "organisationsnummer"));
        return narrow("by organisation " + organisationsnummer,
                q -> q.organisationsnummer().map(QueryExpectation::tenDigits).filter(wanted::equals).isPresent());
    }

    /**
     * Keeps the queries with this correlation id.
     *
     * @param correlationId the id
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation withCorrelationId(String correlationId) {
        Objects.requireNonNull(correlationId, "correlationId");
        return narrow("with correlation id " + correlationId,
                q -> q.correlationId().filter(correlationId::equals).isPresent());
    }

    /**
     * Keeps the queries the simulator answered with information.
     *
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation answered() {
        return narrow("answered", q -> q.outcome().answered());
    }

    /**
     * Keeps the queries answered with this error code (felkod), or broken with this
     * {@link NetworkFault}'s name.
     *
     * @param errorCode e.g. {@code PERSON_SAKNAS}
     * @return the narrowed expectation
     * @throws AssertionError if none is left
     */
    public QueryExpectation failedWith(String errorCode) {
        Objects.requireNonNull(errorCode, "errorCode");
        return narrow("failed with " + errorCode, q -> q.outcome().errorCode().filter(errorCode::equals).isPresent());
    }

    /**
     * Expects exactly this many queries to match.
     *
     * @param expected the number
     * @throws AssertionError if another number matched
     */
    public void times(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected must not be negative");
        }
        if (matching.size() != expected) {
            throw new AssertionError("Expected " + expected + (expected == 1 ? " query" : " queries") + describe()
                    + " but " + matching.size() + " matched. " + receivedList());
        }
    }

    /**
     * Expects exactly one query to match.
     *
     * @throws AssertionError if another number matched
     */
    public void once() {
        times(1);
    }

    /** Returns the matching queries, for checks of your own. */
    public List<RecordedQuery> queries() {
        return matching;
    }

    void check() {
        if (matching.isEmpty()) {
            throw new AssertionError("Expected a query" + describe() + " but none matched. " + receivedList());
        }
    }

    private QueryExpectation narrow(String condition, Predicate<RecordedQuery> test) {
        List<String> cs = new ArrayList<>(conditions);
        cs.add(condition);
        QueryExpectation next = new QueryExpectation(received, matching.stream().filter(test).toList(), cs);
        next.check();
        return next;
    }

    private String describe() {
        return conditions.isEmpty() ? "" : " " + String.join(", ", conditions);
    }

    private String receivedList() {
        if (received.isEmpty()) {
            return "The simulator received no query.";
        }
        StringBuilder s = new StringBuilder("Received " + received.size() + (received.size() == 1 ? " query:" : " queries:"));
        for (int i = 0; i < received.size(); i++) {
            s.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(received.get(i));
        }
        return s.toString();
    }

    private static List<Benefit> list(Benefit... benefits) {
        if (benefits.length == 0) {
            throw new IllegalArgumentException("name at least one benefit");
        }
        return Arrays.stream(benefits).map(b -> Objects.requireNonNull(b, "benefit")).collect(Collectors.toList());
    }

    private static String tenDigits(String number) {
        String digits = number.replace("-", "").trim();
        return digits.length() == 12 && digits.startsWith("16") ? digits.substring(2) : digits;
    }
}
