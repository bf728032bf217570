package se.lefi.client.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Benefit;

/**
 * Describes one case (ärende) of a benefit, whatever the benefit, with its decisions.
 *
 * <p>{@link #type()} names the contract list the case came in (for benefits with several kinds of
 * case, such as underhållsstöd or the livräntor); {@link #details()} holds everything else the
 * service delivered, such as grunduppgifter, a steglös avräkning or claimed days.
 *
 * <pre>{@code
 * info.cases().stream()
 *     .filter(c -> c.benefit() == Benefit.SJUKPENNING && c.active())
 *     .flatMap(c -> c.decisions().stream())
 *     ...
 * }</pre>
 *
 * @param benefit the benefit group
 * @param type the contract's name of the case list, e.g. {@code sjukpenningarende}
 * @param started when the case started (about when the application came in)
 * @param active true for an active case
 * @param rejected true when the case was rejected (avslaget); false when not said
 * @param decisions the decisions, in delivered order
 * @param details everything delivered about the case, by contract name
 */
public record BenefitCase(Benefit benefit, String type, Optional<LocalDate> started, boolean active, boolean rejected,
        List<Decision> decisions, Details details) {

    /** Copies and validates the components. */
    public BenefitCase {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(started, "started");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(details, "details");
    }
}
