package se.lefi.client.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * <p>To build one in a test, use {@link #builder(LefiVersion)}: the canonical constructor grows when a
 * later version adds a component, a builder does not break.
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
 * @param deviations the parts of the query the service did not answer (version 9); empty for 5.x/6.0
 * @param providers the providers the answer comes from and their states; Försäkringskassan OK for 5.x/6.0
 * @param claims Pensionsmyndigheten's claims (version 9); empty for 5.x/6.0
 * @param pensionDecisions Pensionsmyndigheten's decisions (version 9); empty for 5.x/6.0
 */
public record BenefitInformation(LefiVersion version, Optional<String> correlationId,
        Optional<OffsetDateTime> answeredAt, Optional<PersonInformation> person, List<BenefitCase> cases,
        List<Payment> payments, List<ProgrammeAssignment> programmes, Optional<JobGuaranteeDays> jobGuarantee,
        List<InformationEntry> entries, List<Deviation> deviations, List<ProviderState> providers,
        List<PensionClaim> claims, List<PensionDecision> pensionDecisions) {

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
        deviations = List.copyOf(deviations);
        providers = List.copyOf(providers);
        claims = List.copyOf(claims);
        pensionDecisions = List.copyOf(pensionDecisions);
    }

    /**
     * Returns a builder for an answer of the given version; lists start empty, Försäkringskassan
     * is the one provider, in state OK, until {@link Builder#providers(List)} says otherwise.
     *
     * <pre>{@code
     * BenefitInformation info = BenefitInformation.builder(LefiVersion.V6_0)
     *         .cases(List.of(myCase))
     *         .build();
     * }</pre>
     *
     * @param version the version that answered
     * @return the builder
     */
    public static Builder builder(LefiVersion version) {
        return new Builder(version);
    }

    /** Returns a builder holding this answer's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(version).correlationId(correlationId.orElse(null)).answeredAt(answeredAt.orElse(null))
                .person(person.orElse(null)).cases(cases).payments(payments).programmes(programmes)
                .jobGuarantee(jobGuarantee.orElse(null)).entries(entries).deviations(deviations).providers(providers)
                .claims(claims).pensionDecisions(pensionDecisions);
    }

    /**
     * Tells whether the answer is whole: no deviation was reported and every provider answered.
     * Even a complete answer holds only what the organisation may see.
     */
    public boolean isComplete() {
        return deviations.isEmpty() && providers.stream().allMatch(p -> p.state() == ProviderState.State.OK);
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

    /**
     * Returns every year's steglös avräkning of sjuk- or aktivitetsersättning, wherever the version
     * puts it: 5.x and 6.0 inside the case, version 9 in lists of their own. Code written once
     * reads both.
     *
     * <pre>{@code
     * for (SteplessSettlement s : info.steplessSettlements()) {
     *     System.out.println(s.year() + ": " + s.recovery().orElse(BigDecimal.ZERO));
     * }
     * }</pre>
     *
     * @return the settlements of the cases in delivered order, then those of the entries
     */
    public List<SteplessSettlement> steplessSettlements() {
        List<SteplessSettlement> result = new ArrayList<>();
        cases.forEach(c -> c.steplessSettlement().ifPresent(result::add));
        entries.forEach(e -> e.steplessSettlement().ifPresent(result::add));
        return List.copyOf(result);
    }

    /** Leaves out personal data; counts only. */
    @Override
    public String toString() {
        return "BenefitInformation[version=" + version + ", person=" + person.isPresent() + ", cases=" + cases.size()
                + ", payments=" + payments.size() + ", programmes=" + programmes.size() + ", entries="
                + entries.size() + ", deviations=" + deviations.size() + ", complete=" + isComplete() + "]";
    }

    /**
     * Builds a {@link BenefitInformation}; what is not set is empty.
     *
     * <pre>{@code
     * BenefitInformation info = BenefitInformation.builder(LefiVersion.V9_0).payments(List.of(p)).build();
     * }</pre>
     */
    public static final class Builder {
        private final LefiVersion version;
        private String correlationId;
        private OffsetDateTime answeredAt;
        private PersonInformation person;
        private List<BenefitCase> cases = List.of();
        private List<Payment> payments = List.of();
        private List<ProgrammeAssignment> programmes = List.of();
        private JobGuaranteeDays jobGuarantee;
        private List<InformationEntry> entries = List.of();
        private List<Deviation> deviations = List.of();
        private List<ProviderState> providers = List.of(ProviderState.FORSAKRINGSKASSAN_OK);
        private List<PensionClaim> claims = List.of();
        private List<PensionDecision> pensionDecisions = List.of();

        private Builder(LefiVersion version) {
            this.version = BuilderArguments.required(version, "version");
        }

        /**
         * Sets the echoed korrelationsid, or null for none.
         *
         * @param id the echoed korrelationsid, or null for none
         * @return this builder
         */
        public Builder correlationId(String id) {
            this.correlationId = id;
            return this;
        }

        /**
         * Sets when the service compiled the answer, or null.
         *
         * @param at when the service compiled the answer, or null
         * @return this builder
         */
        public Builder answeredAt(OffsetDateTime at) {
            this.answeredAt = at;
            return this;
        }

        /**
         * Sets the queried person, or null.
         *
         * @param person the queried person, or null
         * @return this builder
         */
        public Builder person(PersonInformation person) {
            this.person = person;
            return this;
        }

        /**
         * Sets the cases.
         *
         * @param cases the cases
         * @return this builder
         */
        public Builder cases(List<BenefitCase> cases) {
            this.cases = BuilderArguments.list(cases, "cases");
            return this;
        }

        /**
         * Sets executed and preliminary payments.
         *
         * @param payments executed and preliminary payments
         * @return this builder
         */
        public Builder payments(List<Payment> payments) {
            this.payments = BuilderArguments.list(payments, "payments");
            return this;
        }

        /**
         * Sets the programme assignments.
         *
         * @param programmes the programme assignments
         * @return this builder
         */
        public Builder programmes(List<ProgrammeAssignment> programmes) {
            this.programmes = BuilderArguments.list(programmes, "programmes");
            return this;
        }

        /**
         * Sets the job-guarantee days, or null.
         *
         * @param days the job-guarantee days, or null
         * @return this builder
         */
        public Builder jobGuarantee(JobGuaranteeDays days) {
            this.jobGuarantee = days;
            return this;
        }

        /**
         * Sets the other information.
         *
         * @param entries the other information
         * @return this builder
         */
        public Builder entries(List<InformationEntry> entries) {
            this.entries = BuilderArguments.list(entries, "entries");
            return this;
        }

        /**
         * Sets the unanswered parts.
         *
         * @param deviations the unanswered parts
         * @return this builder
         */
        public Builder deviations(List<Deviation> deviations) {
            this.deviations = BuilderArguments.list(deviations, "deviations");
            return this;
        }

        /**
         * Sets the providers and their states.
         *
         * @param providers the providers and their states
         * @return this builder
         */
        public Builder providers(List<ProviderState> providers) {
            this.providers = BuilderArguments.list(providers, "providers");
            return this;
        }

        /**
         * Sets Pensionsmyndigheten's claims.
         *
         * @param claims the claims
         * @return this builder
         */
        public Builder claims(List<PensionClaim> claims) {
            this.claims = BuilderArguments.list(claims, "claims");
            return this;
        }

        /**
         * Sets Pensionsmyndigheten's decisions.
         *
         * @param decisions the decisions
         * @return this builder
         */
        public Builder pensionDecisions(List<PensionDecision> decisions) {
            this.pensionDecisions = BuilderArguments.list(decisions, "decisions");
            return this;
        }

        /** Returns the answer. */
        public BenefitInformation build() {
            return new BenefitInformation(version, Optional.ofNullable(correlationId), Optional.ofNullable(answeredAt),
                    Optional.ofNullable(person), cases, payments, programmes, Optional.ofNullable(jobGuarantee), entries,
                    deviations, providers, claims, pensionDecisions);
        }
    }
}
