package se.lefi.client.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds an answer as a tree of named nodes, in the contract's element names: what the facts
 * write for version 9, which has no element order or namespace, before {@link V9Json} writes it
 * as JSON in the shape the OpenAPI gives each name.
 *
 * <pre>{@code
 * AnswerTree root = AnswerTree.root();
 * new AnswerXml(root).code("forman", "SJP", "Sjukpenning");
 * }</pre>
 */
public final class AnswerTree {

    private final String name;
    private final String text;
    private final List<AnswerTree> children = new ArrayList<>();

    private AnswerTree(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Returns an empty, nameless root. */
    public static AnswerTree root() {
        return new AnswerTree("", null);
    }

    /** Adds and returns an object (or empty) child. */
    public AnswerTree child(String childName) {
        AnswerTree c = new AnswerTree(childName, null);
        children.add(c);
        return c;
    }

    /** Adds a child with text. */
    public void leaf(String childName, String value) {
        children.add(new AnswerTree(childName, value));
    }

    /** Returns the node's name. */
    public String name() {
        return name;
    }

    /** Returns the node's text, or null for an object or empty node. */
    public String text() {
        return text;
    }

    /** Returns the children in the order written. */
    public List<AnswerTree> children() {
        return children;
    }
}
