package se.lefi.client.internal.xml;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Names the Java types xjc gives the contracts' values, each read and written by its own lexical
 * rule; {@link #STRUCTURE} is a generated class with elements of its own.
 *
 * <pre>{@code
 * ValueKind.of(Integer.class);     // INTEGER
 * ValueKind.of(Belopp.class);      // STRUCTURE
 * ValueKind.of(Object.class);      // null: not something a contract holds
 * }</pre>
 */
enum ValueKind {
    STRING, BOOLEAN, INTEGER, LONG, SHORT, BYTE, DECIMAL, BIG_INTEGER, CONTRACT_DATE, DATE_TIME, ENUM, STRUCTURE;

    /**
     * Returns the kind of a property's value type.
     *
     * @param type the value's class (a list's item class)
     * @return the kind, or null when no contract type maps to it
     */
    static ValueKind of(Class<?> type) {
        if (type == String.class) {
            return STRING;
        }
        if (type == ContractDate.class) {
            return CONTRACT_DATE;
        }
        if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        }
        if (type == Integer.class || type == int.class) {
            return INTEGER;
        }
        if (type == Long.class || type == long.class) {
            return LONG;
        }
        if (type == Short.class || type == short.class) {
            return SHORT;
        }
        if (type == Byte.class || type == byte.class) {
            return BYTE;
        }
        if (type == BigDecimal.class) {
            return DECIMAL;
        }
        if (type == BigInteger.class) {
            return BIG_INTEGER;
        }
        if (type == XMLGregorianCalendar.class) {
            return DATE_TIME;
        }
        if (type.isEnum()) {
            return ENUM;
        }
        if (JaxbTypeModel.isGenerated(type) && !type.isInterface()) {
            return STRUCTURE;
        }
        return null;
    }
}
