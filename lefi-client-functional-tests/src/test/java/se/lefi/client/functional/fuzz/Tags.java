package se.lefi.client.functional.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the elements of an XML text by its tags, tolerantly: a mutated text may be broken, and
 * then the scan simply finds less. Good enough to pick places to mutate; no parser.
 */
final class Tags {

    /**
     * Holds where one element is.
     *
     * @param qname the name as written, prefix included
     * @param openStart the offset of the start tag's {@code <}
     * @param openEnd the offset just past the start tag's {@code >}
     * @param closeStart the offset of the end tag's {@code <}; equal to openEnd when self-closing
     * @param closeEnd the offset just past the end tag; equal to openEnd when self-closing
     * @param leaf whether it holds no element
     */
    record Element(String qname, int openStart, int openEnd, int closeStart, int closeEnd, boolean leaf) {
        boolean selfClosing() {
            return closeEnd == openEnd;
        }

        String localName() {
            return qname.substring(qname.indexOf(':') + 1);
        }
    }

    private Tags() {
    }

    /**
     * Returns the elements of the text in document order of their end.
     *
     * @param s the text
     * @return the elements found
     */
    static List<Element> scan(String s) {
        List<Element> found = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0 && i + 1 < s.length()) {
            int end;
            if (s.startsWith("<?", i)) {
                end = skip(s, i, "?>");
            } else if (s.startsWith("<!--", i)) {
                end = skip(s, i, "-->");
            } else if (s.startsWith("<![CDATA[", i)) {
                end = skip(s, i, "]]>");
            } else if (s.charAt(i + 1) == '!') {
                end = skip(s, i, ">");
            } else {
                int gt = s.indexOf('>', i);
                if (gt < 0) {
                    break;
                }
                end = gt + 1;
                if (s.charAt(i + 1) == '/') {
                    close(s.substring(i + 2, gt).trim(), i, end, open, found);
                } else {
                    String name = name(s, i + 1);
                    if (!name.isEmpty()) {
                        if (!open.isEmpty()) {
                            open.peek().hasChild = true;
                        }
                        if (s.charAt(gt - 1) == '/') {
                            found.add(new Element(name, i, end, end, end, true));
                        } else {
                            open.push(new Open(name, i, end));
                        }
                    }
                }
            }
            if (end < 0) {
                break;
            }
            i = end;
        }
        return found;
    }

    private static void close(String name, int start, int end, Deque<Open> open, List<Element> found) {
        boolean matches = open.stream().anyMatch(o -> o.name.equals(name));
        while (matches && !open.isEmpty()) {
            Open o = open.pop();
            if (o.name.equals(name)) {
                found.add(new Element(name, o.start, o.end, start, end, !o.hasChild));
                return;
            }
        }
    }

    private static int skip(String s, int from, String terminator) {
        int at = s.indexOf(terminator, from + 2);
        return at < 0 ? -1 : at + terminator.length();
    }

    private static String name(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
            i++;
        }
        return s.substring(from, i);
    }

    private static final class Open {
        final String name;
        final int start;
        final int end;
        boolean hasChild;

        Open(String name, int start, int end) {
            this.name = name;
            this.start = start;
            this.end = end;
        }
    }
}
