package org.ficshelf.web;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one XML document (an Atom feed or an OpenSearch description) in UTF-8 through the JDK's
 * {@link XMLStreamWriter}, which escapes markup; text and attribute values first lose the
 * characters XML 1.0 cannot carry at all (C0 controls, lone surrogates, U+FFFE/U+FFFF), so that
 * whatever a legacy file held, the document stays well-formed.
 */
final class AtomWriter {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String OPDS = "http://opds-spec.org/2010/catalog";
    static final String DC = "http://purl.org/dc/terms/";
    static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    static final String THREAD = "http://purl.org/syndication/thread/1.0";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private final XMLStreamWriter xml;

    /** A document whose root element {@code root} is in the default namespace {@code ns}. */
    AtomWriter(String root, String ns) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ns);
            xml.writeStartElement(ns, root);
            xml.writeDefaultNamespace(ns);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Declares {@code prefix} for {@code ns} on the root element (call before anything else). */
    AtomWriter namespace(String prefix, String ns) {
        try {
            xml.setPrefix(prefix, ns);
            xml.writeNamespace(prefix, ns);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Opens an element of the default namespace. */
    AtomWriter start(String name) {
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Opens an element of a prefixed namespace declared on the root. */
    AtomWriter start(String prefix, String ns, String name) {
        try {
            xml.writeStartElement(prefix, name, ns);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    AtomWriter attr(String name, @Nullable String value) {
        if (value != null) {
            try {
                xml.writeAttribute(name, clean(value));
            } catch (XMLStreamException e) {
                throw failed(e);
            }
        }
        return this;
    }

    AtomWriter attr(String prefix, String ns, String name, String value) {
        try {
            xml.writeAttribute(prefix, ns, name, clean(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    AtomWriter text(String value) {
        try {
            xml.writeCharacters(clean(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    AtomWriter end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** A default-namespace element holding only text. */
    AtomWriter element(String name, String value) {
        return start(name).text(value).end();
    }

    /** A prefixed element holding only text. */
    AtomWriter element(String prefix, String ns, String name, String value) {
        return start(prefix, ns, name).text(value).end();
    }

    /** An empty Atom {@code link}; a null {@code type} is left out. */
    AtomWriter link(String rel, String href, @Nullable String type) {
        return start("link").attr("rel", rel).attr("href", href).attr("type", type).end();
    }

    /** Closes every open element and returns the document. */
    byte[] finish() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return bytes.toByteArray();
    }

    /**
     * {@code s} without the characters XML 1.0 forbids (tab, line feed and carriage return are
     * the only controls allowed); returns {@code s} itself when nothing had to go.
     */
    static String clean(String s) {
        int i = 0;
        while (i < s.length() && allowed(s, i)) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (allowed(s, i)) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out.toString();
    }

    private static boolean allowed(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp < 0x20) {
            return cp == '\t' || cp == '\n' || cp == '\r';
        }
        if (cp < 0xD800) {
            return true;
        }
        if (cp <= 0xDFFF) {
            return false; // a lone surrogate (a pair is read as one supplementary code point)
        }
        return cp != 0xFFFE && cp != 0xFFFF;
    }

    private static IllegalStateException failed(XMLStreamException e) {
        // Writing to memory with cleaned text does not fail; this would be a bug in the caller.
        return new IllegalStateException("XML writing failed: " + e.getMessage(), e);
    }
}
