package se.lefi.client.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Describes one decision (beslut) in a benefit case.
 *
 * <p>The common fields of every case type are typed here; what only some benefits carry is typed
 * where the domain knows it ({@link #days()}, {@link #periodDecisions()}, the plain-string
 * sjukpenning fields as codes) and otherwise in {@link #details()}.
 *
 * <pre>{@code
 * for (Decision d : benefitCase.decisions()) {
 *     d.period().ifPresent(p -> ...);
 *     d.decidedGross().ifPresent(amount -> ...);
 * }
 * }</pre>
 *
 * @param decided when the decision was made (fattades)
 * @param definitive true for a definitive decision, false for a provisional one or when not said
 * @param benefit the letter code of the benefit (förmån)
 * @param subBenefit the letter code of the sub-benefit (delförmån)
 * @param periodicity how often it is paid (0 Ingen, 1 Månadsvis, ...)
 * @param period the period the decision covers
 * @param decidedGross the decided gross amount (beslutat bruttobelopp)
 * @param coordinatedGross the coordinated gross amount (samordnat bruttobelopp)
 * @param extent the extent (omfattning)
 * @param dayCount the number of compensated days (dagar)
 * @param karens true when the decision has a karens
 * @param compensation what the decision compensates (ersättning), as a code
 * @param outcome the outcome (beslutsutfall), as a code
 * @param decisionType the decision type (beslutstyp: SLUTLIGT, INTERMISTISKT) or status (beslutstatus)
 * @param compensationLevel the compensation level (ersättningsnivå)
 * @param days the compensated, assessed or claimed days listed in the decision
 * @param periodDecisions the periods with levels and shares (merkostnadsersättning, omvårdnadsbidrag)
 * @param details everything delivered about the decision, by contract name
 */
public record Decision(Optional<LocalDate> decided, boolean definitive, Optional<Code> benefit,
        Optional<Code> subBenefit, Optional<Code> periodicity, Optional<DatePeriod> period,
        Optional<BigDecimal> decidedGross, Optional<BigDecimal> coordinatedGross, Optional<Fraction> extent,
        OptionalInt dayCount, boolean karens, Optional<Code> compensation, Optional<Code> outcome,
        Optional<Code> decisionType, Optional<Code> compensationLevel, List<BenefitDay> days,
        List<PeriodDecision> periodDecisions, Details details) {

    /** Copies and validates the components. */
    public Decision {
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(subBenefit, "subBenefit");
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(decidedGross, "decidedGross");
        Objects.requireNonNull(coordinatedGross, "coordinatedGross");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(dayCount, "dayCount");
        Objects.requireNonNull(compensation, "compensation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decisionType, "decisionType");
        Objects.requireNonNull(compensationLevel, "compensationLevel");
        days = List.copyOf(days);
        periodDecisions = List.copyOf(periodDecisions);
        Objects.requireNonNull(details, "details");
    }
}
