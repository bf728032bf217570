package se.lefi.client;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.spi.QueryRequest;

/**
 * Asks for one person's benefit information, fluently; created by {@link LefiClient#query}.
 *
 * <p>A query is single-use and not thread-safe. Bad input fails with
 * {@link IllegalArgumentException} before anything is sent: a period whose start is after its end,
 * nothing asked, preliminary payments of a version or benefit that has none, a null anywhere.
 *
 * <pre>{@code
 * BenefitInformation info = client.query(Personnummer.parse("19121212-1212"))
 *         .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
 *         .benefits(Benefit.SJUKPENNING)
 *         .payments(Benefit.SJUKPENNING)
 *         .fetch();
 * }</pre>
 */
public final class BenefitQuery {

    private static final int MAX_CORRELATION_ID = 64;

    private final LefiClient client;
    private final Personnummer personnummer;
    private final Set<Benefit> benefits = new LinkedHashSet<>();
    private final Set<Benefit> payments = new LinkedHashSet<>();
    private final Set<Benefit> preliminaryPayments = new LinkedHashSet<>();
    private LocalDate from;
    private LocalDate to;
    private String correlationId;
    private boolean used;

    BenefitQuery(LefiClient client, Personnummer personnummer) {
        this.client = client;
        this.personnummer = Objects.requireNonNull(personnummer, "personnummer");
    }

    /**
     * Sets the period during which the information arose, both ends inclusive; the end may lie in
     * the future, and then payments due later are answered too.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return this query
     */
    public BenefitQuery period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("period needs both a from and a to date");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period starts (" + from + ") after it ends (" + to + ")");
        }
        this.from = from;
        this.to = to;
        return this;
    }

    /**
     * Adds benefit groups whose case information is wanted.
     *
     * @param groups the groups
     * @return this query
     */
    public BenefitQuery benefits(Benefit... groups) {
        addAll(benefits, groups, "benefits");
        return this;
    }

    /**
     * Adds benefit groups whose executed payments are wanted.
     *
     * @param groups the groups
     * @return this query
     */
    public BenefitQuery payments(Benefit... groups) {
        addAll(payments, groups, "payments");
        return this;
    }

    /**
     * Adds benefit groups whose preliminary payments are wanted (6.0 and later; only groups the
     * configured version has them for: see {@link LefiClient#capabilities()}).
     *
     * @param groups the groups
     * @return this query
     */
    public BenefitQuery preliminaryPayments(Benefit... groups) {
        checkGroups(groups, "preliminaryPayments");
        Capabilities can = client.capabilities();
        // A version without any preliminary payments (5.x) says so, naming the version to move to,
        // when the query is validated; one that has them refuses a group without them right here.
        if (!can.preliminaryPayments().isEmpty()) {
            for (Benefit b : groups) {
                if (!can.supportsPreliminaryPayments(b)) {
                    throw new IllegalArgumentException("LEFI " + can.version() + " has preliminary payments only for "
                            + can.preliminaryPayments() + ", not for " + b);
                }
            }
        }
        Collections.addAll(preliminaryPayments, groups);
        return this;
    }

    /**
     * Sets the caller's own id for the query (korrelationsid), echoed in the answer and in errors.
     *
     * @param id 1 to 64 characters
     * @return this query
     */
    public BenefitQuery correlationId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_CORRELATION_ID) {
            throw new IllegalArgumentException("correlationId must have 1 to 64 characters");
        }
        this.correlationId = id;
        return this;
    }

    /**
     * Sends the query and waits for the answer.
     *
     * @return the person's benefit information
     * @throws IllegalArgumentException for bad input, before anything is sent
     * @throws LefiException when the call fails
     */
    public BenefitInformation fetch() {
        return client.execute(toRequest());
    }

    /**
     * Sends the query without blocking the caller.
     *
     * @return the future answer; completes exceptionally with a {@link LefiException} when the call fails
     * @throws IllegalArgumentException for bad input, before anything is sent
     */
    public CompletableFuture<BenefitInformation> fetchAsync() {
        return client.executeAsync(toRequest());
    }

    private QueryRequest toRequest() {
        if (used) {
            throw new IllegalStateException("a BenefitQuery is single-use; start a new one with client.query(...)");
        }
        if (from == null) {
            throw new IllegalArgumentException("period(from, to) must be set");
        }
        if (benefits.isEmpty() && payments.isEmpty() && preliminaryPayments.isEmpty()) {
            throw new IllegalArgumentException(
                    "nothing asked: add at least one group with benefits(...), payments(...) or preliminaryPayments(...)");
        }
        used = true;
        return new QueryRequest(client.version(), client.identity(), Optional.ofNullable(correlationId),
                personnummer, from, to, List.copyOf(benefits), List.copyOf(payments), List.copyOf(preliminaryPayments));
    }

    private static void addAll(Set<Benefit> target, Benefit[] groups, String what) {
        checkGroups(groups, what);
        Collections.addAll(target, groups);
    }

    private static void checkGroups(Benefit[] groups, String what) {
        if (groups == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        for (Benefit b : groups) {
            if (b == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
            if (b == Benefit.UNKNOWN) {
                throw new IllegalArgumentException(what + " cannot ask for Benefit.UNKNOWN");
            }
        }
    }

    /** Masks the personnummer. */
    @Override
    public String toString() {
        return "BenefitQuery[personnummer=" + personnummer.masked() + ", period=" + from + ".." + to + "]";
    }
}
