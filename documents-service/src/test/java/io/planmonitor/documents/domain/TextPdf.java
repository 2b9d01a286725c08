package io.planmonitor.documents.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small one-page PDFs for the tests, byte by byte (no PDF library, no font file): the lines are shown in a CID
 * font whose ToUnicode map gives each code its character, which is all a text layer is to a reader. With no lines the
 * page has no text, as a scanned page has none.
 */
public final class TextPdf {

    private TextPdf() {
    }

    public static byte[] of(List<String> lines) {
        Map<Integer, Integer> codes = new LinkedHashMap<>();
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 16 TL 50 800 Td\n");
        for (String line : lines) {
            StringBuilder hex = new StringBuilder();
            line.codePoints().forEach(cp -> hex.append(String.format("%04X", codes.computeIfAbsent(cp, c -> codes.size() + 1))));
            content.append('<').append(hex).append("> Tj T*\n");
        }
        content.append("ET\n");

        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                + (lines.isEmpty() ? "" : " /Contents 5 0 R") + " >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [6 0 R]"
                + " /ToUnicode 7 0 R >>");
        objects.add(stream(content.toString()));
        objects.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe)"
                + " /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>");
        objects.add(stream(toUnicode(codes)));
        objects.add("<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0"
                + " /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static String stream(String data) {
        return "<< /Length " + data.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + data + "\nendstream";
    }

    private static String toUnicode(Map<Integer, Integer> codes) {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(codes.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(from + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : block) {
                byte[] utf16 = new String(Character.toChars(e.getKey())).getBytes(StandardCharsets.UTF_16BE);
                cmap.append(String.format("<%04X> <%s>\n", e.getValue(), HexFormat.of().withUpperCase().formatHex(utf16)));
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
