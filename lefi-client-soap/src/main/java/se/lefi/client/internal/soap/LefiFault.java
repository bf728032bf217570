package se.lefi.client.internal.soap;

import java.util.Locale;
import java.util.Set;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;

/**
 * Holds a service error ({@code lefiFel}) and maps it to the SDK's exception types.
 *
 * @param errorType the feltyp as delivered, or null when the fault had no lefiFel
 * @param errorCode the felkod, or null
 * @param serviceMessage the felmeddelande or faultstring, a Swedish text for operators
 */
public record LefiFault(String errorType, String errorCode, String serviceMessage) {

    /** The feltyp of business errors. */
    public static final String BUSINESS = "VERKSAMHETSFEL";
    /** The feltyp of technical errors. */
    public static final String TECHNICAL = "TEKNISKT_FEL";
    /** The felkod of a version outside the supported window. */
    public static final String VERSION_NOT_SUPPORTED = "VERSION_STODS_EJ";
    private static final Set<String> LEGACY_TECHNICAL = Set.of("APPLIKATIONSFEL", "SYSTEMFEL");

    /**
     * Maps the fault: VERKSAMHETSFEL to a business error; TEKNISKT_FEL, the legacy APPLIKATIONSFEL
     * and SYSTEMFEL, and any unknown feltyp to a technical error, retryable except for
     * VERSION_STODS_EJ.
     *
     * @param version the version that was asked
     * @param correlationId the query's correlation id, or null
     * @return the exception to throw
     */
    public LefiException toException(LefiVersion version, String correlationId) {
        String type = errorType == null ? null : errorType.trim().toUpperCase(Locale.ROOT);
        String text = "LEFI Online answered " + (type == null ? "a SOAP fault without lefiFel" : type)
                + (errorCode == null ? "" : "/" + errorCode)
                + (serviceMessage == null || serviceMessage.isBlank() ? "" : ": " + withoutFinalStop(serviceMessage.trim()));
        if (BUSINESS.equals(type)) {
            return new LefiBusinessException(text + ". Repeating the same query gives the same answer.", type,
                    errorCode, correlationId);
        }
        if (VERSION_NOT_SUPPORTED.equals(errorCode)) {
            return new LefiTechnicalException(text + ". Version " + version + " is outside the versions the service"
                    + " supports (the current and the previous one); " + VersionAdvice.supportedSuccessors(version)
                    + ". Retrying does not help.", false, type, errorCode, legacy(type), correlationId);
        }
        return new LefiTechnicalException(text + ". A later retry may succeed.", true, type, errorCode, legacy(type),
                correlationId);
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String legacy(String type) {
        return type != null && LEGACY_TECHNICAL.contains(type) ? type : null;
    }
}
