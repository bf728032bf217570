package se.lefi.client.model;

import java.util.List;
import se.lefi.client.Benefit;

/**
 * Lists what the organisation may ask the service for, by request list, as a version that has
 * such an operation (version 9) answers it; no personal data is involved.
 *
 * <pre>{@code
 * AvailableInformationTypes may = client.availableInformationTypes();
 * if (may.benefits().contains(Benefit.SJUKPENNING)) { ... }
 * }</pre>
 *
 * @param benefits groups whose case information may be asked for
 * @param claims groups whose claims may be asked for (Pensionsmyndigheten)
 * @param decisions groups whose decisions may be asked for (Pensionsmyndigheten)
 * @param preliminaryPayments groups whose preliminary payments may be asked for
 * @param payments groups whose executed payments may be asked for
 * @param otherInformation types of other information that may be asked for
 * @param codes every entry as delivered, code and description, including codes this SDK does not
 *     know (which appear as {@link Benefit#UNKNOWN} in the lists above)
 */
public record AvailableInformationTypes(List<Benefit> benefits, List<Benefit> claims, List<Benefit> decisions,
        List<Benefit> preliminaryPayments, List<Benefit> payments, List<Benefit> otherInformation, List<Code> codes) {

    /** Copies the components. */
    public AvailableInformationTypes {
        benefits = List.copyOf(benefits);
        claims = List.copyOf(claims);
        decisions = List.copyOf(decisions);
        preliminaryPayments = List.copyOf(preliminaryPayments);
        payments = List.copyOf(payments);
        otherInformation = List.copyOf(otherInformation);
        codes = List.copyOf(codes);
    }
}
