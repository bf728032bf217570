package se.lefi.client.internal.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes requests of one adapter's generated classes: through {@link GeneratedClassWriter}, from
 * the same annotations JAXB reads, and with a JAXB Marshaller only for a class that writer cannot
 * handle. The {@link JAXBContext} is therefore built once, and only on first need: a cold JVM
 * saves a good part of a second before its first answer. A Marshaller is made per call, since
 * Marshallers are not thread-safe.
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
     * Writes an element into a SOAP 1.1 envelope: a generated class the streaming writer supports
     * through the small request writer, anything else through JAXB's marshaller on Woodstox.
     *
     * @param element the element
     * @return the envelope's UTF-8 bytes
     */
    public byte[] envelope(Object element) {
        if (element instanceof JAXBElement<?> e && e.getValue() != null && !e.isNil()
                && GeneratedClassWriter.supports(e.getValue().getClass())) {
            return SoapEnvelopeWriter.writeSimple(
                    writer -> GeneratedClassWriter.write(writer, e.getName(), e.getValue()));
        }
        return SoapEnvelopeWriter.write(writer -> marshal(element, writer));
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
}
