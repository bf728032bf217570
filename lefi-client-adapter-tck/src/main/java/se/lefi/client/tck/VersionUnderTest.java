package se.lefi.client.tck;

import java.util.List;
import java.util.Optional;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/**
 * Tells the codec-neutral contracts ({@link DecodeContract}, {@link CommonFaultContract},
 * {@link FaultContract}) what they need to know about one contract version: how its request
 * looks, its canonical answers as they come over the wire (read from the version module's own test resources) and what they must decode to.
 * Nothing here assumes a wire format, so a SOAP version and a REST/JSON version answer the same
 * questions, each with its own samples.
 *
 * <p>The canonical answers carry fixed content, because the contracts check it in domain terms:
 * <ul>
 *   <li>the typical answer: the person, cases and payments of {@link #expectedTypicalAnswer()};
 *   <li>the payments-only answer: person 197909184561 ("Johan Exempelsson"), no case, and the two
 *       payments of ersättning för karens (family DAG, paid 2020-04-14: gross 700, tax 210, net 490;
 *       paid 2020-04-21: gross 2412, tax 723, net 1689, with one compensation line of 3 days and one
 *       tax line);
 *   <li>the unknown-codes answer: about the typical answer's person, with code values no version
 *       knows, see {@link #unknownCodesAnswer()}.
 * </ul>
 *
 * <pre>{@code
 * final class V9 implements VersionUnderTest {
 *     public LefiVersion version() { return LefiVersion.V9_0; }
 *     public WireAnswer typicalAnswer() {
 *         return WireAnswer.fromResource(getClass(), "/samples/9/svar.json", 200, "application/json");
 *     }
 *     public WireAnswer businessFault() {
 *         return WireAnswer.fromResource(getClass(), "/samples/9/fel-400.json", 400, "application/json");
 *     }
 *     // ...
 * }
 * }</pre>
 */
public interface VersionUnderTest {

    /** Returns the contract version the client is built for. */
    LefiVersion version();

    /**
     * Gives the client builder the identity this version's requests carry (an organisationsnummer,
     * an aktörs-id).
     *
     * @param builder the contracts' client builder, endpoint and version already set
     * @return the builder
     */
    LefiClient.Builder identify(LefiClient.Builder builder);

    /** Returns how a query's request must look; the contracts answer exactly this method and path. */
    ExpectedRequest queryRequest();

    /**
     * Adds what only this version can ask for (for example preliminary payments from 6.0) to the
     * canonical query.
     *
     * @param query the canonical query
     * @return the query, extended
     */
    default BenefitQuery richestQuery(BenefitQuery query) {
        return query;
    }

    /** Returns a typical answer with a person, cases and payments. */
    WireAnswer typicalAnswer();

    /** Returns what {@link #typicalAnswer()} must decode to. */
    TypicalAnswer expectedTypicalAnswer();

    /** Returns the answer with only the two payments of ersättning för karens (same content in every version). */
    WireAnswer paymentsOnlyAnswer();

    /**
     * Returns an answer about the typical answer's person that carries code values the SDK cannot
     * know: civilstånd 9 "Ny civilståndskod"; a programme assignment from 2020-01-01 of programme 77
     * "Nytt program"; a sjukpenning case with a decision of förmån NYF "Ny förmån" and ersättning
     * NY_ERSATTNING (no description); one payment of type 7 "Ny utbetalningstyp", company 1009 "Ny
     * myndighet", family NYFAM "Ny förmånsfamilj", gross 1000, tax 300, deductions 350, net 650,
     * with three lines: a compensation of förmån NYFORMAN "Ny förmån på rad" and amount type NYB, a
     * tax of amount type PS and a deduction of amount type NYAVDRAG.
     */
    WireAnswer unknownCodesAnswer();

    /**
     * Returns the version's other successful answers, fetched with the {@link #richestQuery richest
     * query}; the contracts check their completeness too. Empty by default.
     */
    default List<WireAnswer> moreAnswers() {
        return List.of();
    }

    /**
     * Returns what a successful answer must report about its completeness.
     *
     * @param answer one of the version's successful answers
     * @return its deviations and providers
     */
    Completeness expectedCompleteness(WireAnswer answer);

    /** Returns a business error: the query cannot be answered as asked, asking again gives the same. */
    WireAnswer businessFault();

    /**
     * Returns a business error whose message from the service is the given text; the contracts put a
     * personnummer in it and check that no exception shows it.
     *
     * @param serviceMessage the service's message
     * @return the answer
     */
    WireAnswer businessFault(String serviceMessage);

    /** Returns a technical error that a later retry may get past. */
    WireAnswer technicalFault();

    /**
     * Returns the error the service gives when it no longer supports {@link #version()}; needed by
     * {@link FaultContract} only, so a version whose service has no such error (version 9) keeps
     * this default and extends {@link CommonFaultContract}.
     *
     * @return the answer
     * @throws UnsupportedOperationException by default
     */
    default WireAnswer versionNotSupportedFault() {
        throw new UnsupportedOperationException(version() + " has no version-not-supported error; extend"
                + " CommonFaultContract instead of FaultContract");
    }

    /**
     * Returns the version's further error answers, each with the exception it must end in: one per
     * HTTP status the service (or a gateway before it) answers, and bodies that are not the
     * version's error format. {@link CommonFaultContract} checks each. Empty by default.
     *
     * @return the answers and what they must throw
     */
    default List<ExpectedFault> statusFaults() {
        return List.of();
    }

    /**
     * Returns the error code a fault answer carries, which the exception must report; empty for a
     * version whose errors carry no code.
     *
     * @param fault one of the version's fault answers
     * @return its code
     */
    Optional<String> errorCode(WireAnswer fault);
}
