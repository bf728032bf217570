package se.lefi.client.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the contract's recurring shapes (codes, amounts, periods, dates) into a StAX writer, in
 * the answer's namespace, or into an {@link AnswerTree} that version 9 writes as JSON, so the
 * facts only say what to write and not in which protocol.
 */
public final class AnswerXml {

    private final Sink sink;
    private boolean basicDates;

    /**
     * Wraps a writer.
     *
     * @param writer the StAX writer
     * @param namespace the answer's namespace, bound as the default namespace by the caller
     */
    public AnswerXml(XMLStreamWriter writer, String namespace) {
        this.sink = new StaxSink(writer, namespace);
    }

    /**
     * Writes into a tree instead, whose node names are the contract's element names.
     *
     * @param tree the node to write the children of
     */
    public AnswerXml(AnswerTree tree) {
        this.sink = new TreeSink(tree);
    }

    /**
     * Switches dates to the basic form ({@code 20200325}) of instances before the fix of
     * 2020-03-21/22, for the writes inside {@code body}.
     *
     * @param basic whether to write basic dates
     * @param body what to write
     * @throws XMLStreamException when writing fails
     */
    public void withBasicDates(boolean basic, Body body) throws XMLStreamException {
        boolean before = basicDates;
        basicDates = basic;
        try {
            body.write(this);
        } finally {
            basicDates = before;
        }
    }

    /** Opens an element. */
    public AnswerXml start(String name) throws XMLStreamException {
        sink.start(name);
        return this;
    }

    /** Closes the innermost open element. */
    public AnswerXml end() throws XMLStreamException {
        sink.end();
        return this;
    }

    /** Writes an element with text content; nothing for a null value. */
    public AnswerXml text(String name, Object value) throws XMLStreamException {
        if (value != null) {
            sink.text(name, String.valueOf(value));
        }
        return this;
    }

    /** Writes an empty element, as the service does for an always-empty Bokstavskod or Belopp. */
    public AnswerXml empty(String name) throws XMLStreamException {
        sink.empty(name);
        return this;
    }

    /** Writes a boolean element. */
    public AnswerXml flag(String name, boolean value) throws XMLStreamException {
        return text(name, value ? "true" : "false");
    }

    /** Writes a code ({@code Sifferkod} or {@code Bokstavskod}) with id and description. */
    public AnswerXml code(String name, Object id, String description) throws XMLStreamException {
        start(name);
        text("id", id);
        text("beskrivning", description);
        return end();
    }

    /** Writes an amount ({@code Belopp}) in SEK; nothing for null. */
    public AnswerXml amount(String name, BigDecimal summa) throws XMLStreamException {
        if (summa == null) {
            return this;
        }
        start(name);
        text("summa", summa.toPlainString());
        text("valuta", "SEK");
        return end();
    }

    /** Writes a date ({@code Datum}) in the extended form, or the basic form when switched on. */
    public AnswerXml date(String name, LocalDate date) throws XMLStreamException {
        if (date != null) {
            text(name, basicDates ? date.format(DateTimeFormatter.BASIC_ISO_DATE) : date.toString());
        }
        return this;
    }

    /** Writes a year-month ({@code Datum} of reduced precision). */
    public AnswerXml yearMonth(String name, YearMonth month) throws XMLStreamException {
        return text(name, month == null ? null : month.toString());
    }

    /** Writes a period ({@code FranTill}); a null end leaves the period open. */
    public AnswerXml period(String name, LocalDate from, LocalDate to) throws XMLStreamException {
        start(name);
        date("fran", from);
        date("till", to);
        return end();
    }

    /** Writes a fraction ({@code Omfattning}). */
    public AnswerXml fraction(String name, int numerator, int denominator) throws XMLStreamException {
        start(name);
        text("taljare", numerator);
        text("namnare", denominator);
        return end();
    }

    /** Writes a person ({@code Person}) with the fields every related person has. */
    public AnswerXml person(String name, String personnummer, LocalDate born, String fullName, boolean protectedIdentity)
            throws XMLStreamException {
        start(name);
        text("personnummer", personnummer);
        date("foddes", born);
        text("namn", fullName);
        flag("skyddad", protectedIdentity);
        return end();
    }

    /** Writes a part of an answer. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the part.
         *
         * @param xml the writer
         * @throws XMLStreamException when writing fails
         */
        void write(AnswerXml xml) throws XMLStreamException;
    }

    /** Where the primitive writes go: everything else is built from these four. */
    private interface Sink {
        void start(String name) throws XMLStreamException;

        void end() throws XMLStreamException;

        void text(String name, String value) throws XMLStreamException;

        void empty(String name) throws XMLStreamException;
    }

    private record StaxSink(XMLStreamWriter writer, String namespace) implements Sink {
        @Override
        public void start(String name) throws XMLStreamException {
            writer.writeStartElement(namespace, name);
        }

        @Override
        public void end() throws XMLStreamException {
            writer.writeEndElement();
        }

        @Override
        public void text(String name, String value) throws XMLStreamException {
            writer.writeStartElement(namespace, name);
            writer.writeCharacters(value);
            writer.writeEndElement();
        }

        @Override
        public void empty(String name) throws XMLStreamException {
            writer.writeEmptyElement(namespace, name);
        }
    }

    private static final class TreeSink implements Sink {
        private final java.util.ArrayDeque<AnswerTree> open = new java.util.ArrayDeque<>();

        TreeSink(AnswerTree root) {
            open.push(root);
        }

        @Override
        public void start(String name) {
            open.push(open.peek().child(name));
        }

        @Override
        public void end() {
            if (open.size() == 1) {
                throw new IllegalStateException("end() without start()");
            }
            open.pop();
        }

        @Override
        public void text(String name, String value) {
            open.peek().leaf(name, value);
        }

        @Override
        public void empty(String name) {
            open.peek().child(name);
        }
    }
}
