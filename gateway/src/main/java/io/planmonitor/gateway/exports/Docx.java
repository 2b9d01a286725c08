package io.planmonitor.gateway.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document (.docx, WordprocessingML) of headings, paragraphs and tables, written as the three XML parts a
 * minimal package needs. Hand-written rather than with Apache POI, whose XMLBeans reflection does not suit the
 * gateway's native image (the same reason the workbooks use fastexcel); the tests read every document back with POI.
 * Text is in 宋体 / SimSun for the East Asian script, as plan offices' documents are.
 */
public final class Docx {

    public static final String MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>""";

    private final StringBuilder body = new StringBuilder();

    /** A heading: level 0 is the title (centred, 二号), 1 and 2 the chapter and section levels. */
    public Docx heading(int level, String text) {
        String size = switch (level) {
            case 0 -> "44";
            case 1 -> "32";
            default -> "28";
        };
        body.append("<w:p><w:pPr>").append(level == 0 ? "<w:jc w:val=\"center\"/>" : "")
                .append("<w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr>")
                .append(run(text, size, true)).append("</w:p>");
        return this;
    }

    public Docx paragraph(String text) {
        body.append("<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr>").append(run(text, "24", false))
                .append("</w:p>");
        return this;
    }

    /** A table with a bold header row and single borders; null cells are left empty. */
    public Docx table(List<String> header, List<List<String>> rows) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        body.append("</w:tblBorders></w:tblPr>");
        row(header, true);
        rows.forEach(cells -> row(cells, false));
        // Word needs a paragraph between a table and what follows it.
        body.append("</w:tbl><w:p/>");
        return this;
    }

    public byte[] toBytes() {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>"
                + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", RELATIONSHIPS);
            part(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void row(List<String> cells, boolean header) {
        body.append("<w:tr>");
        for (String cell : cells) {
            body.append("<w:tc><w:p>").append(run(cell == null ? "" : cell, "21", header)).append("</w:p></w:tc>");
        }
        body.append("</w:tr>");
    }

    private static String run(String text, String halfPoints, boolean bold) {
        return "<w:r><w:rPr><w:rFonts w:eastAsia=\"SimSun\"/>" + (bold ? "<w:b/>" : "")
                + "<w:sz w:val=\"" + halfPoints + "\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(text)
                + "</w:t></w:r>";
    }

    /** XML-escaped, without the control characters XML 1.0 cannot carry. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
