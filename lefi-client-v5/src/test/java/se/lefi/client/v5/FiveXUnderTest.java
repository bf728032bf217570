package se.lefi.client.v5;

import java.net.URL;
import se.lefi.client.tck.soap.SoapVersionUnderTest;
import se.lefi.client.v5.internal.jaxb.HamtaFormansinformationSvar;

/** Answers the contracts' questions that 5.0 and 5.1 share: namespace, schema, generated classes. */
abstract class FiveXUnderTest extends SoapVersionUnderTest {

    @Override
    public String namespace() {
        return V5Adapter.NAMESPACE;
    }

    @Override
    public URL schema() {
        return V5Adapter.class.getResource("contract/lefi-online-5.xsd");
    }

    @Override
    public Class<?> generatedAnswerType() {
        return HamtaFormansinformationSvar.class;
    }
}
