package io.planmonitor.gateway.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document (.docx, WordprocessingML) of headings, paragraphs and tables, laid out as a 公文 (GB/T 9704): A4 with
 * its margins, the title in 方正小标宋简体 二号, chapter headings in 黑体 and section headings in 楷体_GB2312 三号, body text in
 * 仿宋_GB2312 三号 on a fixed 28-point line with a two-character indent, page numbers "— N —" at the foot. Wide tables
 * go in landscape sections. Hand-written rather than with Apache POI, whose XMLBeans reflection does not suit the
 * gateway's native image (the same reason the workbooks use fastexcel); the tests read every document back with POI
 * and render it to PDF with LibreOffice.
 */
public final class Docx {

    public static final String MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/footer1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
            </Types>""";
    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>""";
    private static final String DOCUMENT_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rIdFooter" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
            </Relationships>""";

    /** Font sizes in half-points: 二号, 三号, 四号, 五号. */
    private static final int ERHAO = 44;
    private static final int SANHAO = 32;
    private static final int SIHAO = 28;
    /** Table text: 四号 in portrait tables, 五号 in the wide landscape ones. */
    private static final int WUHAO = 21;

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String CHAPTER_FONT = "黑体";
    private static final String SECTION_FONT = "楷体_GB2312";
    private static final String BODY_FONT = "仿宋_GB2312";

    /** A4 in twentieths of a point, and GB/T 9704's margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int TOP = 2098;
    private static final int BOTTOM = 1984;
    private static final int LEFT = 1588;
    private static final int RIGHT = 1474;

    /** A body paragraph's opening: 28-point lines, a two-character first-line indent, justified. */
    private static final String BODY_PARAGRAPH = "<w:p><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>"
            + "<w:ind w:firstLineChars=\"200\"/><w:jc w:val=\"both\"/></w:pPr>";

    private final StringBuilder body = new StringBuilder();
    private boolean landscape;

    /** A heading: level 0 is the title (centred, 二号), 1 the chapter (黑体 三号), 2 the section (楷体 三号). */
    public Docx heading(int level, String text) {
        String font = switch (level) {
            case 0 -> TITLE_FONT;
            case 1 -> CHAPTER_FONT;
            default -> SECTION_FONT;
        };
        body.append("<w:p><w:pPr><w:keepNext/>").append(level == 0 ? "<w:jc w:val=\"center\"/>" : "")
                .append(level == 0 ? "<w:spacing w:before=\"0\" w:after=\"320\" w:line=\"700\" w:lineRule=\"exact\"/>"
                        : "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\"/>")
                .append("</w:pPr>").append(run(text, font, level == 0 ? ERHAO : SANHAO)).append("</w:p>");
        return this;
    }

    /** A line centred under the title (the date, the issuer), in 楷体 三号. */
    public Docx centred(String text) {
        body.append("<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"320\" w:line=\"560\""
                + " w:lineRule=\"exact\"/></w:pPr>").append(run(text, SECTION_FONT, SANHAO)).append("</w:p>");
        return this;
    }

    /** Body text: 仿宋 三号, 28-point lines, indented two characters. */
    public Docx paragraph(String text) {
        body.append(BODY_PARAGRAPH).append(run(text, BODY_FONT, SANHAO)).append("</w:p>");
        return this;
    }

    /** Body text opening with a bold lead-in ("（一）地区生产总值。" then the text). */
    public Docx paragraph(String leadIn, String text) {
        body.append(BODY_PARAGRAPH).append(run(leadIn, SECTION_FONT, SANHAO)).append(run(text, BODY_FONT, SANHAO))
                .append("</w:p>");
        return this;
    }

    /** What follows starts on a new page (an annex). */
    public Docx pageBreak() {
        body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        return this;
    }

    /** What follows is on landscape pages, from a new page, until {@link #portrait()}. */
    public Docx landscape() {
        if (!landscape) {
            endSection();
            landscape = true;
        }
        return this;
    }

    /** What follows is on portrait pages, from a new page. */
    public Docx portrait() {
        if (landscape) {
            endSection();
            landscape = false;
        }
        return this;
    }

    /**
     * A table with a bold header row repeated on every page and single borders; null cells are left empty, and a row
     * of a single cell spans the table (a group's heading, 专栏1). Column widths follow the longest text of each.
     */
    public Docx table(List<String> header, List<List<String>> rows) {
        int size = landscape ? WUHAO : SIHAO;
        int[] widths = ColumnWidths.of(header, rows, pageWidth() - (landscape ? TOP + BOTTOM : LEFT + RIGHT));
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        body.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\""
                + " w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            body.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        body.append("</w:tblGrid>");
        row(header, widths, size, true);
        rows.forEach(cells -> row(cells, widths, size, false));
        // Word needs a paragraph between a table and what follows it.
        body.append("</w:tbl><w:p/>");
        return this;
    }

    public byte[] toBytes() {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NAMESPACES
                + "><w:body>" + body + sectionProperties(landscape) + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", RELATIONSHIPS);
            part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS);
            part(zip, "word/document.xml", document);
            part(zip, "word/footer1.xml", footer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Closes the section so far: its properties ride on a last paragraph of their own. */
    private void endSection() {
        body.append("<w:p><w:pPr>").append(sectionProperties(landscape)).append("</w:pPr></w:p>");
    }

    private int pageWidth() {
        return landscape ? A4_LONG : A4_SHORT;
    }

    /** Page size, margins (a landscape page turns the portrait margins with it) and the page-number footer. */
    private static String sectionProperties(boolean landscape) {
        String size = landscape
                ? "<w:pgSz w:w=\"" + A4_LONG + "\" w:h=\"" + A4_SHORT + "\" w:orient=\"landscape\"/>"
                : "<w:pgSz w:w=\"" + A4_SHORT + "\" w:h=\"" + A4_LONG + "\"/>";
        String margins = landscape
                ? margins(RIGHT, TOP, LEFT, BOTTOM)
                : margins(TOP, RIGHT, BOTTOM, LEFT);
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>" + size + margins
                + "<w:pgNumType w:fmt=\"decimal\"/></w:sectPr>";
    }

    private static String margins(int top, int right, int bottom, int left) {
        return "<w:pgMar w:top=\"" + top + "\" w:right=\"" + right + "\" w:bottom=\"" + bottom + "\" w:left=\""
                + left + "\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>";
    }

    /** "— 7 —" centred, 宋体 四号, as 公文 number their pages. */
    private static String footer() {
        String dash = run("— ", "宋体", SIHAO);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr " + NAMESPACES + ">"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + dash
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:rPr><w:sz w:val=\"" + SIHAO + "\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE "
                + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + run("1", "宋体", SIHAO) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + run(" —", "宋体", SIHAO) + "</w:p></w:ftr>";
    }

    private void row(List<String> cells, int[] widths, int size, boolean header) {
        body.append(header ? "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/>"
                + "</w:trPr>");
        if (cells.size() == 1 && widths.length > 1) {
            body.append("<w:tc><w:tcPr><w:gridSpan w:val=\"").append(widths.length).append("\"/></w:tcPr>")
                    .append(cellParagraph(cells.get(0), CHAPTER_FONT, size, false)).append("</w:tc>");
        } else {
            for (int column = 0; column < cells.size(); column++) {
                String cell = cells.get(column);
                body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[Math.min(column, widths.length - 1)])
                        .append("\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>")
                        .append(cellParagraph(cell == null ? "" : cell, header ? CHAPTER_FONT : BODY_FONT, size,
                                header))
                        .append("</w:tc>");
            }
        }
        body.append("</w:tr>");
    }

    private static String cellParagraph(String text, String font, int size, boolean centred) {
        return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>" + (centred ? "<w:jc w:val=\"center\"/>" : "")
                + "</w:pPr>" + run(text, font, size) + "</w:p>";
    }

    private static String run(String text, String eastAsiaFont, int halfPoints) {
        return "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\""
                + eastAsiaFont + "\" w:hint=\"eastAsia\"/><w:sz w:val=\"" + halfPoints
                + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(text)
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
