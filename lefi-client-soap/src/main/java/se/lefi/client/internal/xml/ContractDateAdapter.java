package se.lefi.client.internal.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds the contract's {@code Datum} union to {@link ContractDate}; named in each adapter
 * module's JAXB bindings file.
 */
public final class ContractDateAdapter extends XmlAdapter<String, ContractDate> {

    @Override
    public ContractDate unmarshal(String text) {
        return ContractDate.parse(text);
    }

    @Override
    public String marshal(ContractDate date) {
        return date == null ? null : date.print();
    }
}
