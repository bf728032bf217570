package se.lefi.client.internal.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Wraps one adapter's {@link JAXBContext}, built once on first need; creates a Marshaller or
 * Unmarshaller per call, since those are not thread-safe.
 *
 * <p>Requests of the generated classes are written by {@link GeneratedClassWriter} from the same
 * annotations JAXB reads, so an adapter that decodes with
 * {@code se.lefi.client.internal.decode.StreamingDetailsReader} never builds the context: that
 * saves a cold JVM a good part of a second before its first answer.
 *
 * <p>Unmarshalling tolerates unknown elements (the service may add some before a client knows
 * them) but fails on a value that cannot be converted, so a bad answer never yields a half-filled
 * result.
 */
public final class JaxbSupport {

    private final Class<?> objectFactory;
    private volatile JAXBContext context;

    private JaxbSupport(Class<?> objectFactory) {
        this.objectFactory = objectFactory;
    }

    /**
     * Builds the context for the generated classes of one package.
     *
     * @param objectFactory the package's ObjectFactory
     * @return the support object, to keep for the JVM's lifetime
     */
    public static JaxbSupport forPackageOf(Class<?> objectFactory) {
        return new JaxbSupport(objectFactory);
    }

    private JAXBContext context() {
        JAXBContext c = context;
        if (c == null) {
            synchronized (this) {
                c = context;
                if (c == null) {
                    try {
                        c = JAXBContext.newInstance(objectFactory);
                    } catch (JAXBException e) {
                        throw new IllegalStateException("JAXB context for " + objectFactory.getPackageName()
                                + " cannot be built", e);
                    }
                    context = c;
                }
            }
        }
        return c;
    }

    /**
     * Unmarshals the element the reader is positioned on.
     *
     * @param reader positioned on a start tag; left after the element's end tag
     * @param type the declared type
     * @param <T> the type
     * @return the value
     * @throws JAXBException when the content cannot be converted
     */
    public <T> T unmarshal(XMLStreamReader reader, Class<T> type) throws JAXBException {
        Unmarshaller unmarshaller = context().createUnmarshaller();
        unmarshaller.setEventHandler(JaxbSupport::continueUnlessConversionFailed);
        JAXBElement<T> element = unmarshaller.unmarshal(reader, type);
        return element.getValue();
    }

    /**
     * Marshals an element as a fragment into a writer that is inside a SOAP Body.
     *
     * @param element the element
     * @param writer the writer
     * @throws XMLStreamException when marshalling fails
     */
    public void marshal(Object element, XMLStreamWriter writer) throws XMLStreamException {
        if (element instanceof JAXBElement<?> e && e.getValue() != null && !e.isNil()
                && GeneratedClassWriter.supports(e.getValue().getClass())) {
            GeneratedClassWriter.write(writer, e.getName(), e.getValue());
            return;
        }
        try {
            Marshaller marshaller = context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.marshal(element, writer);
        } catch (JAXBException e) {
            throw new XMLStreamException("the request cannot be marshalled", e);
        }
    }

    private static boolean continueUnlessConversionFailed(ValidationEvent event) {
        // Unknown elements come without a linked exception; failed conversions (a bad number, an
        // invalid date) carry one and must stop the decode.
        return event.getSeverity() == ValidationEvent.WARNING
                || (event.getSeverity() == ValidationEvent.ERROR && event.getLinkedException() == null);
    }
}
