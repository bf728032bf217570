package se.lefi.client.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.lefi.client.Benefit;

/**
 * Reads benefit groups as an operator writes them: {@code SJP}, {@code FK:SJP} or {@code SJUKPENNING}.
 *
 * <pre>{@code
 * List<Benefit> groups = BenefitCodes.parse(List.of("SJP", "FP"));
 * }</pre>
 */
final class BenefitCodes {

    private BenefitCodes() {
    }

    /**
     * Parses the given codes.
     *
     * @param codes codes or names, case-insensitive
     * @return the groups, in the given order
     * @throws IllegalArgumentException for a code that names no group
     */
    static List<Benefit> parse(List<String> codes) {
        List<Benefit> result = new ArrayList<>();
        for (String raw : codes) {
            String code = raw.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            Benefit b = Benefit.fromCode(code.startsWith("FK:") ? code : "FK:" + code);
            if (b == Benefit.UNKNOWN) {
                try {
                    b = Benefit.valueOf(code);
                } catch (IllegalArgumentException e) {
                    b = Benefit.UNKNOWN;
                }
            }
            if (b == Benefit.UNKNOWN) {
                throw new IllegalArgumentException("unknown benefit group '" + raw
                        + "'; use codes such as SJP, FP, TFP, AS or names such as SJUKPENNING");
            }
            result.add(b);
        }
        return result;
    }
}
