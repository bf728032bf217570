package se.lefi.client.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;

/**
 * Holds the answer to one query: the person, the cases, the payments and the rest, in a model
 * that is the same whichever contract version answered.
 *
 * <p>Only what the organisation may see is here: the service leaves out the rest without notice,
 * so an answer is never proof that a person has no other benefits.
 *
 * <pre>{@code
 * BenefitInformation info = client.query(pnr).period(from, to).benefits(Benefit.SJUKPENNING).fetch();
 * info.cases(Benefit.SJUKPENNING).forEach(c -> ...);
 * info.payments().stream().filter(Payment::isPreliminary).forEach(p -> ...);
 * }</pre>
 *
 * @param version the contract version that answered
 * @param correlationId the echoed korrelationsid, when the service echoed one
 * @param answeredAt when the service compiled the answer
 * @param person the queried person, when asked for and delivered
 * @param cases one entry per case of every benefit, in contract order
 * @param payments executed and preliminary payments together, in delivered order
 * @param programmes labour-market programme assignments
 * @param jobGuarantee days used in the jobb- och utvecklingsgaranti (6.0)
 * @param entries the other information (intjänande, SGI, levnadsintyg, ...)
 */
public record BenefitInformation(LefiVersion version, Optional<String> correlationId,
        Optional<OffsetDateTime> answeredAt, Optional<PersonInformation> person, List<BenefitCase> cases,
        List<Payment> payments, List<ProgrammeAssignment> programmes, Optional<JobGuaranteeDays> jobGuarantee,
        List<InformationEntry> entries) {

    /** Copies and validates the components. */
    public BenefitInformation {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(person, "person");
        cases = List.copyOf(cases);
        payments = List.copyOf(payments);
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(jobGuarantee, "jobGuarantee");
        entries = List.copyOf(entries);
    }

    /**
     * Returns the cases of one benefit group.
     *
     * @param benefit the group
     * @return its cases, in delivered order
     */
    public List<BenefitCase> cases(Benefit benefit) {
        return cases.stream().filter(c -> c.benefit() == benefit).toList();
    }

    /** Returns the executed payments. */
    public List<Payment> executedPayments() {
        return payments.stream().filter(p -> p.status() == PaymentStatus.EXECUTED).toList();
    }

    /** Returns the preliminary payments (6.0 and later). */
    public List<Payment> preliminaryPayments() {
        return payments.stream().filter(p -> p.status() == PaymentStatus.PRELIMINARY).toList();
    }

    /**
     * Returns the other information of one benefit group.
     *
     * @param benefit the group, e.g. {@link Benefit#INTJANANDE}
     * @return its entries, in delivered order
     */
    public List<InformationEntry> entries(Benefit benefit) {
        return entries.stream().filter(e -> e.benefit() == benefit).toList();
    }

    /** Leaves out personal data; counts only. */
    @Override
    public String toString() {
        return "BenefitInformation[version=" + version + ", person=" + person.isPresent() + ", cases=" + cases.size()
                + ", payments=" + payments.size() + ", programmes=" + programmes.size() + ", entries="
                + entries.size() + "]";
    }
}
