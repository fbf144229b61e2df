package dev.mistralready.report;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} that indents elements for humans and passes
 * every attribute value and text through {@link XmlText#clean}, so nothing reaches the document that
 * XML 1.0 forbids. The JDK writer escapes {@code < & >} in text (so {@code ]]>} is written as
 * {@code ]]&gt;}) and {@code < & > "} in attributes; it leaves line breaks in attributes alone, so
 * attribute values are also folded onto one line here. Text is never written as CDATA.
 */
final class IndentedXml {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private int depth;

    IndentedXml(Writer out) throws XMLStreamException {
        // newDefaultFactory: the JDK's own writer, whose escaping is verified by our tests, whatever
        // StAX implementation happens to be on the class path.
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** An element whose content is indented child elements; close it with {@link #end()}. */
    void start(String element) throws XMLStreamException {
        newLine();
        xml.writeStartElement(element);
        depth++;
    }

    void end() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    /** An element without content; its attributes follow. */
    void empty(String element) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(element);
    }

    /** An element whose content is text, written as-is without indentation; close it with {@link #endText()}. */
    void startText(String element) throws XMLStreamException {
        newLine();
        xml.writeStartElement(element);
    }

    void text(String text) throws XMLStreamException {
        xml.writeCharacters(XmlText.clean(text));
    }

    void endText() throws XMLStreamException {
        xml.writeEndElement();
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, OneLine.of(XmlText.clean(value)));
    }

    void attribute(String name, long value) throws XMLStreamException {
        xml.writeAttribute(name, Long.toString(value));
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
