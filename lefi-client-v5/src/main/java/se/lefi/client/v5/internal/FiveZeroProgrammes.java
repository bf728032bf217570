package se.lefi.client.v5.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Decision;
import se.lefi.client.model.ProgrammeAssignment;

/**
 * Turns 5.0's programmes, delivered inside aktivitetsstöd cases, into the programme assignments
 * that 5.1 and later deliver in {@code programanvisning}.
 *
 * <p>In 5.0 an {@code aktivitetsstodsarende} carries the programme as
 * {@code grunduppgifter/atgardstyp}; the programme's period is that of the case's decisions (from
 * the earliest start to the latest end; open when any decision is open at that end). From 5.1 the
 * element stays in the schema but is empty, so a case without it adds nothing; the service never
 * reports the same programme in both places.
 *
 * <pre>{@code
 * BenefitInformation info = FiveZeroProgrammes.addFromActivityCases(BenefitInformationAssembler.assemble(...));
 * }</pre>
 */
public final class FiveZeroProgrammes {

    private FiveZeroProgrammes() {
    }

    /**
     * Returns the information with the programmes of its aktivitetsstöd cases added before those
     * of {@code programanvisning} (the order of the contract's lists).
     *
     * @param info the assembled information
     * @return the same information when no case carries an åtgärdstyp, else a copy with the programmes
     */
    public static BenefitInformation addFromActivityCases(BenefitInformation info) {
        List<ProgrammeAssignment> fromCases = new ArrayList<>();
        for (BenefitCase c : info.cases(Benefit.AKTIVITETSSTOD)) {
            programme(c).ifPresent(fromCases::add);
        }
        if (fromCases.isEmpty()) {
            return info;
        }
        List<ProgrammeAssignment> all = new ArrayList<>(fromCases);
        all.addAll(info.programmes());
        return info.toBuilder().programmes(all).build();
    }

    /**
     * Returns the programme of one aktivitetsstöd case, when it carries an åtgärdstyp.
     *
     * @param activityCase a case of {@link Benefit#AKTIVITETSSTOD}
     * @return the programme with the period of the case's decisions
     */
    public static Optional<ProgrammeAssignment> programme(BenefitCase activityCase) {
        Optional<Code> measure = activityCase.details().child("grunduppgifter").flatMap(g -> g.code("atgardstyp"))
                .filter(code -> !code.id().isBlank());
        return measure.map(code -> new ProgrammeAssignment(code, span(activityCase.decisions()), Optional.empty()));
    }

    private static Optional<DatePeriod> span(List<Decision> decisions) {
        List<DatePeriod> periods = decisions.stream().map(Decision::period).flatMap(Optional::stream).toList();
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        boolean openStart = periods.stream().anyMatch(p -> p.from().isEmpty());
        boolean openEnd = periods.stream().anyMatch(p -> p.to().isEmpty());
        Optional<LocalDate> from = openStart ? Optional.empty()
                : periods.stream().map(p -> p.from().orElseThrow()).min(LocalDate::compareTo);
        Optional<LocalDate> to = openEnd ? Optional.empty()
                : periods.stream().map(p -> p.to().orElseThrow()).max(LocalDate::compareTo);
        return Optional.of(new DatePeriod(from, to));
    }
}
