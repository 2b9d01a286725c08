package io.planmonitor.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the decoder makes of each kind of bytes (made-up text in the genre's wording, API 示例数据). */
class DocumentDecoderTest {

    private static final String LINE = "全年地区生产总值增长6.1%（API 示例数据）";

    @Test
    void utf8WithAndWithoutBomAndGbk() {
        assertEquals("UTF-8", DocumentDecoder.decode(LINE.getBytes(StandardCharsets.UTF_8), "", "").charset());
        byte[] bom = ("\uFEFF" + LINE).getBytes(StandardCharsets.UTF_8);
        assertEquals(LINE, DocumentDecoder.decode(bom, "", "").text());
        DecodedDocument gbk = DocumentDecoder.decode(LINE.getBytes(Charset.forName("GBK")), "", "");
        assertEquals("GBK", gbk.charset());
        assertEquals(LINE, gbk.text());
    }

    @Test
    void aPdfsTextLayerIsReadLineByLine() {
        byte[] pdf = TextPdf.of(List.of("一、综合", LINE, "新增市场主体1 200户。"));
        DecodedDocument decoded = DocumentDecoder.decode(pdf, "bulletin.pdf", "");
        assertEquals(DocumentDecoder.PDF, decoded.mediaType());
        List<String> lines = decoded.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("一、综合", LINE, "新增市场主体1 200户。"), lines, decoded.text());
    }

    @Test
    void aPdfWithoutTextLayerIsRefusedSayingSo() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentDecoder.decode(TextPdf.of(List.of()), "scan.pdf", ""));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void bytesThatOnlyClaimToBeAPdfAreRefused() {
        UnreadableDocumentException damaged = assertThrows(UnreadableDocumentException.class,
                () -> DocumentDecoder.decode("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII), "", ""));
        assertTrue(damaged.getMessage().startsWith("the PDF cannot be read"), damaged.getMessage());
        UnreadableDocumentException named = assertThrows(UnreadableDocumentException.class,
                () -> DocumentDecoder.decode(LINE.getBytes(StandardCharsets.UTF_8), "report.pdf", ""));
        assertTrue(named.getMessage().contains("%PDF-"), named.getMessage());
    }

    @Test
    void binaryIsRefused() {
        assertThrows(UnreadableDocumentException.class,
                () -> DocumentDecoder.decode(new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0}, "", ""));
        assertThrows(UnreadableDocumentException.class, () -> DocumentDecoder.decode(new byte[0], "", ""));
    }
}
