package se.lefi.client.cli;

import java.util.Optional;
import se.lefi.client.LefiException;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Holds one person's outcome: an answer or the error the service (or the connection) gave.
 *
 * @param personnummer the queried person
 * @param info the answer, when the query succeeded
 * @param error the error, when it failed
 */
record Outcome(Personnummer personnummer, Optional<BenefitInformation> info, Optional<LefiException> error) {

    static Outcome ok(Personnummer personnummer, BenefitInformation info) {
        return new Outcome(personnummer, Optional.of(info), Optional.empty());
    }

    static Outcome failed(Personnummer personnummer, LefiException error) {
        return new Outcome(personnummer, Optional.empty(), Optional.of(error));
    }

    /** Describes the error in one line, the personnummer masked as everywhere. */
    String errorText() {
        return error.map(e -> e.getClass().getSimpleName() + e.errorCode().map(c -> " " + c).orElse("") + ": "
                + e.getMessage()).orElse("");
    }
}
