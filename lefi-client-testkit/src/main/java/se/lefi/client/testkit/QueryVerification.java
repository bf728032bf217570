package se.lefi.client.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.lefi.client.Personnummer;

/**
 * Checks which queries the simulator received, as a test expects them; a check that fails throws
 * an {@link AssertionError} that lists what was received, personnummer masked.
 *
 * <p>It looks at the queries of {@link LefiOnlineSimulator#requests()} when {@code verify()} was
 * called: under the JUnit extension those of the running test, otherwise those since the start.
 *
 * <pre>{@code
 * lefi.verify().queried("19900101-0017").forBenefits(Benefit.SJUKPENNING).withPayments(Benefit.SJUKPENNING).once();
 * lefi.verify().notQueried(SyntheticPersons.PARENT);
 * }</pre>
 */
public final class QueryVerification {

    private final List<RecordedQuery> received;

    QueryVerification(List<RecordedQuery> received) {
        this.received = List.copyOf(received);
    }

    /**
     * Expects at least one query about the person; narrow it with the returned expectation.
     *
     * @param personnummer the person, in any form {@link Personnummer#parse} accepts
     * @return the queries about the person, to check further
     * @throws AssertionError if there was none
     */
    public QueryExpectation queried(String personnummer) {
        return queried(Personnummer.parse(personnummer));
    }

    /**
     * Expects at least one query about the person; narrow it with the returned expectation.
     *
     * @param personnummer the person
     * @return the queries about the person, to check further
     * @throws AssertionError if there was none
     */
    public QueryExpectation queried(Personnummer personnummer) {
        Objects.requireNonNull(personnummer, "personnummer");
        return queried().about(personnummer);
    }

    /**
     * Expects at least one query, about anyone; narrow it with the returned expectation.
     *
     * @return every query, to check further
     * @throws AssertionError if there was none
     */
    public QueryExpectation queried() {
        QueryExpectation all = new QueryExpectation(received, received, new ArrayList<>());
        all.check();
        return all;
    }

    /**
     * Expects no query about the person.
     *
     * @param personnummer the person, in any form {@link Personnummer#parse} accepts
     * @throws AssertionError if there was one
     */
    public void notQueried(String personnummer) {
        notQueried(Personnummer.parse(personnummer));
    }

    /**
     * Expects no query about the person.
     *
     * @param personnummer the person
     * @throws AssertionError if there was one
     */
    public void notQueried(Personnummer personnummer) {
        Objects.requireNonNull(personnummer, "personnummer");
        new QueryExpectation(received, received, new ArrayList<>()).about(personnummer, 0);
    }

    /**
     * Expects no query at all.
     *
     * @throws AssertionError if there was one
     */
    public void nothingQueried() {
        new QueryExpectation(received, received, new ArrayList<>()).times(0);
    }
}
