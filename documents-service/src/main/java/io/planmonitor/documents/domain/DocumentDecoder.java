package io.planmonitor.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a submitted document's bytes into text: UTF-8 (with or without BOM), else GB18030 (which reads every GBK
 * and GB2312 text), each decoded strictly so a wrong guess fails instead of producing mojibake; a .docx (a zip with
 * word/document.xml) through {@link DocxText}; a PDF's text layer through {@link PdfText}. What is not text — a
 * scanned PDF, an image, other binary — is refused with the reason, so nothing unreadable is stored.
 */
public final class DocumentDecoder {

    public static final String TEXT = "text/plain";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private DocumentDecoder() {
    }

    /** @throws UnreadableDocumentException saying why the bytes are not a document this service reads */
    public static DecodedDocument decode(byte[] content, String fileName, String mediaType) {
        if (content.length == 0) {
            throw new UnreadableDocumentException("the document is empty");
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (zip || DOCX.equals(mediaType) || fileName.toLowerCase().endsWith(".docx")) {
            if (!zip) {
                throw new UnreadableDocumentException("a .docx file is a zip archive, and these bytes are not one");
            }
            return new DecodedDocument(requireText(DocxText.read(content)), DOCX, "UTF-8");
        }
        if (startsWith(content, "%PDF-") || PDF.equals(mediaType) || fileName.toLowerCase().endsWith(".pdf")) {
            if (!startsWith(content, "%PDF-")) {
                throw new UnreadableDocumentException("a .pdf file starts with %PDF-, and these bytes do not");
            }
            return new DecodedDocument(requireText(PdfText.read(content)), PDF, "UTF-8");
        }
        int from = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        String text = strict(content, from, StandardCharsets.UTF_8);
        String charset = "UTF-8";
        if (text == null) {
            text = strict(content, 0, GB18030);
            charset = "GBK";
        }
        if (text == null) {
            throw new UnreadableDocumentException("the text is neither UTF-8 nor GBK");
        }
        return new DecodedDocument(requireText(text), TEXT, charset);
    }

    /** Text has no NUL and few control characters; binary that happens to decode does not pass. */
    private static String requireText(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (text.indexOf('\0') >= 0 || control * 100 > text.length()) {
            throw new UnreadableDocumentException("the bytes are binary, not text");
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException("the document has no text");
        }
        return text;
    }

    private static String strict(byte[] content, int from, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, from, content.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (content.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of one entry of a zip archive, or null when it has none by that name. */
    static byte[] zipEntry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UnreadableDocumentException("the .docx archive is damaged: " + e.getMessage());
        }
    }
}
