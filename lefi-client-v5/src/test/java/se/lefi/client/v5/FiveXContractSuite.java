package se.lefi.client.v5;

import java.net.URL;
import se.lefi.client.tck.AdapterContractSuite;
import se.lefi.client.v5.internal.jaxb.HamtaFormansinformationSvar;

/** Answers the contract suite's questions that 5.0 and 5.1 share: namespace, schema, generated classes. */
abstract class FiveXContractSuite extends AdapterContractSuite {

    @Override
    protected String namespace() {
        return V5Adapter.NAMESPACE;
    }

    @Override
    protected URL schema() {
        return V5Adapter.class.getResource("contract/lefi-online-5.xsd");
    }

    @Override
    protected Class<?> generatedAnswerType() {
        return HamtaFormansinformationSvar.class;
    }
}
