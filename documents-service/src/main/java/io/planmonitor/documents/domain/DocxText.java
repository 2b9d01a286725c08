package io.planmonitor.documents.domain;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a .docx (word/document.xml, read with the JDK's StAX parser: small and native-image friendly, no
 * reflection): a paragraph per line; a table cell per line with a tab in front and a blank line after each row —
 * the shape of the tables flattened one cell per line that the extractor reads.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxText() {
    }

    static String read(byte[] docx) {
        byte[] xml = DocumentDecoder.zipEntry(docx, "word/document.xml");
        if (xml == null) {
            throw new UnreadableDocumentException("the .docx archive has no word/document.xml");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder out = new StringBuilder();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> out.append('\t');
                        case "br" -> out.append('\n');
                        case "tc" -> out.append('\t');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "t" -> inText = false;
                        case "p" -> out.append('\n');
                        case "tr" -> out.append('\n');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    out.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new UnreadableDocumentException("the .docx's word/document.xml does not parse: " + e.getMessage());
        }
        return out.toString();
    }
}
