package org.newsgraph.store.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small indenting wrapper over XMLStreamWriter that drops characters XML 1.0 cannot carry. */
final class Xml implements AutoCloseable {
    private final XMLStreamWriter w;
    private int depth;
    private boolean hasChildren;

    Xml(OutputStream out) {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new ExportException("cannot start XML output: " + e.getMessage(), e);
        }
    }

    XMLStreamWriter raw() {
        return w;
    }

    /** Opens an element on a new, indented line. */
    Xml start(String name) {
        try {
            newline();
            w.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    Xml attr(String name, String value) {
        try {
            if (value != null) w.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    Xml text(String value) {
        try {
            w.writeCharacters(clean(value));
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    /** Closes the current element; on its own line when it had child elements. */
    Xml end() {
        try {
            depth--;
            if (hasChildren) newline();
            w.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    /** An element with text content on one line. */
    Xml leaf(String name, String value) {
        start(name);
        text(value);
        return end();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        hasChildren = true;
    }

    @Override
    public void close() {
        try {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    private static ExportException fail(XMLStreamException e) {
        return new ExportException("cannot write XML: " + e.getMessage(), e);
    }

    /** Removes code points XML 1.0 does not allow (controls other than tab, newline, return; lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (ok && b != null) b.appendCodePoint(cp);
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
