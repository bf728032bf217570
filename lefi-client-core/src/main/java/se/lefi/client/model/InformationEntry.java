package se.lefi.client.model;

import java.util.Objects;
import se.lefi.client.Benefit;

/**
 * Holds one entry of a list that is neither a case nor a payment: pension earnings and balances
 * (intjänande), sjukpenninggrundande inkomst, studiemedelsavisering, levnadsintyg, underhållsskuld.
 *
 * <pre>{@code
 * info.entries(Benefit.INTJANANDE).stream()
 *     .flatMap(e -> e.details().amount("premiepensionBelopp").stream())
 *     ...
 * }</pre>
 *
 * @param benefit the benefit group the entry belongs to
 * @param type the contract's name of the list, e.g. {@code intjanandebehallning}
 * @param details everything delivered, by contract name
 */
public record InformationEntry(Benefit benefit, String type, Details details) {

    /** Validates the components. */
    public InformationEntry {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(details, "details");
    }
}
