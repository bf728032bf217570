package se.lefi.client.v9.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.lefi.client.Benefit;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v9.internal.model.LefiExternFormanGruppKod;
import se.lefi.client.v9.internal.model.LefiExternOvrigInformationTypKod;
import se.lefi.client.v9.internal.model.LefiFkFormanGruppKod;
import se.lefi.client.v9.internal.model.LefiPmFormanGruppKod;

/**
 * Routes each {@link Benefit} of a query to the request lists of version 9, by the code lists of
 * the generated spec enums: FK groups to {@code formansinformation}, other-information types
 * (FK:GEPI, FK:PANV, FK:SGI, FK:SKUP, FK:STAV, PM:LINT, PM:PBH, PM:PU) to {@code ovrigInformation},
 * Pensionsmyndigheten's groups asked as case information to both {@code ansprak} and
 * {@code beslut} (its claims and decisions), and payments and preliminary payments of any FK or PM
 * group to {@code utbetalningar} and {@code preliminaraUtbetalningar}.
 *
 * <pre>{@code
 * V9Routing.Lists lists = V9Routing.route(request);   // IllegalArgumentException for FK:EP, FK:INT, FK:LINT
 * }</pre>
 */
public final class V9Routing {

    static final Set<String> FK_GROUPS = values(LefiFkFormanGruppKod.values());
    static final Set<String> PM_GROUPS = values(LefiPmFormanGruppKod.values());
    static final Set<String> ALL_GROUPS = values(LefiExternFormanGruppKod.values());
    static final Set<String> OTHER_INFORMATION = values(LefiExternOvrigInformationTypKod.values());

    /** The reconstructed SOAP codes version 9 does not have, with the nearest v9 equivalents. */
    private static final Map<Benefit, String> REPLACED = Map.of(
            Benefit.EFTERLEVANDEPENSION, "PM:EF (Benefit.EFTERLEVANDEFORMANER)",
            Benefit.INTJANANDE, "PM:PBH (Benefit.PENSIONSBEHALLNING) or PM:PU (Benefit.PENSIONSUNDERLAG)",
            Benefit.LEVNADSINTYG, "PM:LINT (Benefit.LEVNADSINTYG_PM)");

    /**
     * The request's six lists, each in the order asked, without repeats.
     *
     * @param formansinformation FK groups whose case information is wanted
     * @param ansprak PM groups whose claims are wanted
     * @param beslut PM groups whose decisions are wanted
     * @param preliminaraUtbetalningar groups whose preliminary payments are wanted
     * @param utbetalningar groups whose executed payments are wanted
     * @param ovrigInformation other-information types wanted
     */
    public record Lists(List<String> formansinformation, List<String> ansprak, List<String> beslut,
            List<String> preliminaraUtbetalningar, List<String> utbetalningar, List<String> ovrigInformation) {
    }

    private V9Routing() {
    }

    private static Set<String> values(Enum<?>[] constants) {
        // The generated enums' toString() is the wire value.
        return Arrays.stream(constants).map(Object::toString).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns the groups and types version 9 can be asked for as case or other information. */
    public static Set<Benefit> benefits() {
        return known(code -> FK_GROUPS.contains(code) || PM_GROUPS.contains(code) || OTHER_INFORMATION.contains(code));
    }

    /** Returns the groups version 9 answers payments and preliminary payments for. */
    public static Set<Benefit> paymentGroups() {
        return known(ALL_GROUPS::contains);
    }

    private static Set<Benefit> known(java.util.function.Predicate<String> test) {
        Set<Benefit> result = java.util.EnumSet.noneOf(Benefit.class);
        for (Benefit b : Benefit.values()) {
            if (b != Benefit.UNKNOWN && test.test(b.code())) {
                result.add(b);
            }
        }
        return result;
    }

    /**
     * Routes a query.
     *
     * @param request the query
     * @return the six lists
     * @throws IllegalArgumentException for a code version 9 does not have, naming its v9 equivalent,
     *     or a type of other information asked for as payments
     */
    public static Lists route(QueryRequest request) {
        Set<String> fk = new LinkedHashSet<>();
        Set<String> pm = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        for (Benefit b : request.benefits()) {
            String code = checked(b, "benefits");
            if (OTHER_INFORMATION.contains(code)) {
                other.add(code);
            } else if (PM_GROUPS.contains(code)) {
                pm.add(code);
            } else if (FK_GROUPS.contains(code)) {
                fk.add(code);
            } else {
                throw unknown(b, "benefits");
            }
        }
        return new Lists(List.copyOf(fk), List.copyOf(pm), List.copyOf(pm),
                payments(request.preliminaryPayments(), "preliminaryPayments"),
                payments(request.payments(), "payments"), List.copyOf(other));
    }

    private static List<String> payments(List<Benefit> groups, String method) {
        Set<String> codes = new LinkedHashSet<>();
        for (Benefit b : groups) {
            String code = checked(b, method);
            if (!ALL_GROUPS.contains(code)) {
                if (OTHER_INFORMATION.contains(code)) {
                    throw new IllegalArgumentException("LEFI 9 has no " + method + " for " + code + " (" + b
                            + "): it is other information; ask for it with benefits(...)");
                }
                throw unknown(b, method);
            }
            codes.add(code);
        }
        return new ArrayList<>(codes);
    }

    private static String checked(Benefit b, String method) {
        String replacement = REPLACED.get(b);
        if (replacement != null) {
            throw new IllegalArgumentException("LEFI 9 has no " + b.code() + " (" + b + ") in " + method
                    + "(...): ask for " + replacement + " instead");
        }
        return b.code();
    }

    private static IllegalArgumentException unknown(Benefit b, String method) {
        return new IllegalArgumentException("LEFI 9 cannot be asked for " + b + " in " + method + "(...)");
    }
}
