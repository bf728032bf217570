package se.lefi.client.model;

import java.util.Objects;
import se.lefi.client.Benefit;

/**
 * Reports that part of a query was not answered: the service left out a group or information type
 * the organisation is not entitled to, or whose source system failed (version 9's
 * {@code avvikelser}). The rest of the answer is delivered normally.
 *
 * <pre>{@code
 * for (Deviation d : info.deviations()) {
 *     if (d.reason() == Deviation.Reason.UNAUTHORISED) { ... }   // ask for an agreement that covers d.benefit()
 * }
 * }</pre>
 *
 * @param benefit the group or information type concerned ({@link Benefit#fromCode}); UNKNOWN for a
 *     code this SDK does not know, which {@code benefitCode} keeps
 * @param benefitCode the group's or type's code as delivered, e.g. {@code FK:SJP}
 * @param reason why it was left out
 * @param code the reason's code as delivered, e.g. {@code OBEHORIG}
 * @param description the reason's description as delivered, empty when none came
 */
public record Deviation(Benefit benefit, String benefitCode, Reason reason, String code, String description) {

    /** Validates the components. */
    public Deviation {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(benefitCode, "benefitCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Returns a deviation from the delivered codes; unknown codes are kept.
     *
     * @param benefitCode the group's or type's code
     * @param reasonCode the reason's code
     * @param description the reason's description, or empty
     * @return the deviation
     */
    public static Deviation of(String benefitCode, String reasonCode, String description) {
        return new Deviation(Benefit.fromCode(benefitCode), benefitCode, Reason.fromCode(reasonCode), reasonCode,
                description);
    }

    /** Why part of a query was not answered. */
    public enum Reason {
        /** The organisation may not see the group or type ({@code OBEHORIG}). */
        UNAUTHORISED("OBEHORIG"),
        /** The source system failed or did not answer ({@code INTERNT_FEL}): asking again later may help. */
        INTERNAL_ERROR("INTERNT_FEL"),
        /** A reason this SDK does not know; {@link Deviation#code()} keeps it. */
        UNKNOWN("");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** Returns the code the service uses, empty for UNKNOWN. */
        public String code() {
            return code;
        }

        /**
         * Returns the reason for a delivered code; never throws.
         *
         * @param code the code, or null
         * @return the reason, UNKNOWN for any other code
         */
        public static Reason fromCode(String code) {
            for (Reason r : values()) {
                if (r != UNKNOWN && r.code.equals(code)) {
                    return r;
                }
            }
            return UNKNOWN;
        }
    }
}
