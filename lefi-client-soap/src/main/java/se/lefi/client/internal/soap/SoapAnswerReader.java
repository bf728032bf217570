package se.lefi.client.internal.soap;

import static se.lefi.client.internal.xml.SoapEnvelopeWriter.SOAP11_NS;
import static se.lefi.client.internal.xml.SoapEnvelopeWriter.SOAP12_NS;

import jakarta.xml.bind.JAXBException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.spi.ResponseTooLargeException;
import se.lefi.client.internal.util.Redaction;
import se.lefi.client.internal.xml.SafeXml;
import se.lefi.client.internal.xml.SafeXml.UnsafeXmlException;
import se.lefi.client.spi.IncomingMessage;

/**
 * Reads a SOAP 1.1 answer as a stream: checks the envelope, turns a Fault into the typed
 * exception, and hands the Body's payload to the adapter's reader positioned on its start tag.
 *
 * <p>Every failure ends in a {@link LefiException}: an HTTP error without a SOAP envelope is a
 * transport failure (the service was not reached); anything malformed (bytes that are not valid in
 * their encoding included, whatever the status), cut off, unsafe, oversized or of the wrong SOAP
 * version or namespace is a protocol failure.
 */
public final class SoapAnswerReader {

    private SoapAnswerReader() {
    }

    /**
     * Reads an answer.
     *
     * @param answer the HTTP answer, streaming
     * @param payloadNamespace the namespace the version's answer must be in
     * @param version the version that was asked, for fault messages
     * @param correlationId the query's correlation id, or null
     * @param payloadReader reads the payload element
     * @param <T> the payload reader's result
     * @return what the payload reader returned
     */
    public static <T> T read(IncomingMessage answer, String payloadNamespace, LefiVersion version,
            String correlationId, PayloadReader<T> payloadReader) {
        Objects.requireNonNull(payloadReader, "payloadReader");
        int status = answer.status();
        boolean httpError = status < 200 || status >= 300;
        String contentType = answer.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (status >= 300 && status < 400) {
            // Redirects are never followed (a query must not be replayed to another host); asking
            // again gets the same redirect, so this is not retryable.
            throw new LefiTransportException("the service answered HTTP " + status + " (a redirect), which the"
                    + " client does not follow; check the endpoint in your connection agreement", null, false,
                    correlationId);
        }
        if (contentType.contains("application/soap+xml")) {
            // Whatever the status: a SOAP 1.2 speaker answered, so the endpoint is not LEFI Online's
            // SOAP 1.1 service (or something in between rewrote the answer). Asking again cannot help.
            throw new LefiProtocolException("the answer is SOAP 1.2 (HTTP " + status + ", " + contentType
                    + "); LEFI Online speaks SOAP 1.1 only: check the endpoint", null, correlationId);
        }
        if (!contentType.isEmpty() && !contentType.contains("xml")) {
            throw httpError ? httpFailure(status, "a " + contentType + " body", correlationId)
                    : new LefiProtocolException("the answer has content type " + contentType
                            + " where SOAP 1.1 XML (text/xml) was expected", null, correlationId);
        }
        boolean envelopeSeen = false;
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.open(answer.body());
            toFirstStartTag(reader);
            String rootNs = reader.getNamespaceURI();
            if (!"Envelope".equals(reader.getLocalName()) || !SOAP11_NS.equals(rootNs)) {
                if (SOAP12_NS.equals(rootNs)) {
                    throw new LefiProtocolException("the answer is a SOAP 1.2 envelope; LEFI Online speaks SOAP 1.1 only",
                            null, correlationId);
                }
                throw httpError ? httpFailure(status, "a body that is no SOAP envelope", correlationId)
                        : new LefiProtocolException("the answer is not a SOAP 1.1 envelope", null, correlationId);
            }
            envelopeSeen = true;
            toBody(reader, correlationId);
            int event = reader.nextTag();
            if (event != XMLStreamConstants.START_ELEMENT) {
                throw new LefiProtocolException("the answer's SOAP Body is empty", null, correlationId);
            }
            if ("Fault".equals(reader.getLocalName()) && SOAP11_NS.equals(reader.getNamespaceURI())) {
                throw readFault(reader).toException(version, correlationId);
            }
            if (!payloadNamespace.equals(reader.getNamespaceURI())) {
                throw new LefiProtocolException("the answer's payload is in namespace '" + reader.getNamespaceURI()
                        + "', not in '" + payloadNamespace + "' of version " + version, null, correlationId);
            }
            if (httpError) {
                throw new LefiProtocolException("HTTP status " + status + " came with an answer instead of a Fault",
                        null, correlationId);
            }
            T result = payloadReader.read(reader);
            drain(reader);
            return result;
        } catch (LefiException e) {
            throw e;
        } catch (Exception e) {
            throw classify(e, envelopeSeen, status, correlationId);
        } finally {
            closeQuietly(reader);
        }
    }

    private static LefiTransportException httpFailure(int status, String what, String correlationId) {
        return new LefiTransportException("the service answered HTTP " + status + " with " + what
                + " and no SOAP fault; it was not reached", null, correlationId);
    }

    private static LefiException classify(Exception e, boolean envelopeSeen, int status, String correlationId) {
        ResponseTooLargeException tooLarge = find(e, ResponseTooLargeException.class);
        if (tooLarge != null) {
            return new LefiProtocolException("the answer is larger than the configured cap of " + tooLarge.limit()
                    + " bytes (maxResponseSize); it was rejected while streaming", null, correlationId);
        }
        UnsafeXmlException unsafe = find(e, UnsafeXmlException.class);
        if (unsafe != null) {
            return new LefiProtocolException(unsafe.getMessage() + "; the answer was rejected as unsafe, nothing in it"
                    + " was resolved", null, correlationId);
        }
        if (badEncoding(e)) {
            // The bytes arrived whole but are not text in their encoding: the same bytes come again on
            // a retry. Decided before the envelope check, because where the parser notices depends on
            // how much it decodes ahead, and an answer must not be retried or not by that accident.
            return new LefiProtocolException("the answer is malformed: its bytes are not valid in its encoding ("
                    + describe(e) + ")", null, correlationId);
        }
        IOException io = find(e, IOException.class);
        if (io != null) {
            return new LefiTransportException("reading the answer failed: " + io.getClass().getSimpleName(), io,
                    correlationId);
        }
        if (!envelopeSeen && (status < 200 || status >= 300)) {
            return httpFailure(status, "a body that is no SOAP envelope", correlationId);
        }
        // The cause is left out on purpose: parser messages may quote the answer's content.
        return new LefiProtocolException("the answer is malformed or cut off: " + describe(e), null, correlationId);
    }

    private static boolean badEncoding(Throwable e) {
        return find(e, CharConversionException.class) != null || find(e, CharacterCodingException.class) != null
                || find(e, UnsupportedEncodingException.class) != null;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = next(t)) {
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return Redaction.mask(message.length() > 300 ? message.substring(0, 300) + "..." : message);
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
            return x.getNestedException();
        }
        if (t instanceof JAXBException j && j.getLinkedException() != null && j.getLinkedException() != t) {
            return j.getLinkedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static void toFirstStartTag(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (!reader.hasNext()) {
                throw new XMLStreamException("the answer is empty");
            }
            event = reader.next();
        }
    }

    private static void toBody(XMLStreamReader reader, String correlationId) throws XMLStreamException {
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("Body".equals(reader.getLocalName()) && SOAP11_NS.equals(reader.getNamespaceURI())) {
                return;
            }
            SafeXml.skipElement(reader);
        }
        throw new LefiProtocolException("the SOAP envelope has no Body", null, correlationId);
    }


    private static LefiFault readFault(XMLStreamReader reader) throws XMLStreamException {
        String faultString = null;
        String errorType = null;
        String errorCode = null;
        String errorMessage = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                switch (name) {
                    case "faultstring" -> faultString = reader.getElementText();
                    case "feltyp" -> errorType = reader.getElementText();
                    case "felkod" -> errorCode = reader.getElementText();
                    case "felmeddelande" -> errorMessage = reader.getElementText();
                    case "faultcode", "faultactor", "tidpunkt" -> reader.getElementText();
                    default -> depth++;
                }
            }
        }
        drain(reader);
        return new LefiFault(blankToNull(errorType), blankToNull(errorCode),
                errorMessage != null ? errorMessage : faultString);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void drain(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing left to release: the transport owns the stream.
            }
        }
    }

    /**
     * Reads the payload element.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    public interface PayloadReader<T> {
        /**
         * Reads the payload.
         *
         * @param reader positioned on the payload's start tag
         * @return the result
         * @throws Exception any failure; the caller maps it to a LefiException
         */
        T read(XMLStreamReader reader) throws Exception;
    }
}
