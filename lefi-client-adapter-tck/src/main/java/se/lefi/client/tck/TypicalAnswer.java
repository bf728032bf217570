package se.lefi.client.tck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;

/**
 * Holds what a version's typical answer (a person, cases and payments) must decode to, in domain
 * values only, so that the same expectation reads the same whatever the wire format.
 *
 * <pre>{@code
 * new TypicalAnswer("198402298452", "Maja Provsson", 3,
 *         List.of(new BigDecimal("2555"), new BigDecimal("1141"), new BigDecimal("2469")),
 *         new BigDecimal("2555"), new Code("53", "Jobb- och utvecklingsgaranti"),
 *         new DatePeriod(Optional.of(LocalDate.of(2019, 6, 3)), Optional.empty()));
 * }</pre>
 *
 * @param personnummer the person's 12 digits
 * @param name the person's name
 * @param cases how many cases
 * @param nets the net amount of each payment, in order
 * @param labourMarketNet the net of the one labour-market programme payment (UTB or AMP)
 * @param programme the programme code of the one programme assignment
 * @param programmePeriod its period
 */
public record TypicalAnswer(String personnummer, String name, int cases, List<BigDecimal> nets,
        BigDecimal labourMarketNet, Code programme, DatePeriod programmePeriod) {

    /** Validates and copies the components. */
    public TypicalAnswer {
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(name, "name");
        nets = List.copyOf(nets);
        Objects.requireNonNull(labourMarketNet, "labourMarketNet");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(programmePeriod, "programmePeriod");
    }
}
