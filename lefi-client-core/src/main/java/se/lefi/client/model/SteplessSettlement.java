package se.lefi.client.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Holds one year's steglös avräkning of sjukersättning or aktivitetsersättning: the income the
 * person earned that year is settled against the benefit, and what was paid or reclaimed follows.
 * Amounts are in kronor.
 *
 * <pre>{@code
 * info.cases(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING).stream()
 *         .flatMap(c -> c.steplessSettlement().stream())
 *         .forEach(s -> System.out.println(s.year() + ": " + s.incomeInSweden().orElse(BigDecimal.ZERO)));
 * }</pre>
 *
 * @param year the settled year
 * @param incomeInSweden the year's income in Sweden
 * @param incomeAbroad the year's income in another country
 * @param allowance the income allowed without settlement (fribelopp)
 * @param difference the income above the allowance (mellanskillnad)
 * @param supplement an addition (tillägg)
 * @param fee a fee (avgift)
 * @param payment what was paid out after the settlement (utbetalning)
 * @param recovery what is reclaimed (återkrav)
 */
public record SteplessSettlement(OptionalInt year, Optional<BigDecimal> incomeInSweden,
        Optional<BigDecimal> incomeAbroad, Optional<BigDecimal> allowance, Optional<BigDecimal> difference,
        Optional<BigDecimal> supplement, Optional<BigDecimal> fee, Optional<BigDecimal> payment,
        Optional<BigDecimal> recovery) {

    /** Validates the components. */
    public SteplessSettlement {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(incomeInSweden, "incomeInSweden");
        Objects.requireNonNull(incomeAbroad, "incomeAbroad");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(supplement, "supplement");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(recovery, "recovery");
    }
}
