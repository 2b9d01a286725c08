package io.planmonitor.documents.domain;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF (Apache PDFBox), read in the order of the page (sorted by position, so a table's cells
 * come out row by row) with a line per text line. A PDF that is only scanned images has no text layer: it is refused
 * with that reason instead of being stored as an empty document (OCR is not done here).
 */
final class PdfText {

    static {
        // PDFBox keeps its cache of the system's fonts (used for fonts a PDF does not embed) in the home folder by
        // default; the containers' root filesystem is read-only, /tmp is writable everywhere.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    private PdfText() {
    }

    static String read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new UnreadableDocumentException("the PDF has no text layer (" + document.getNumberOfPages()
                        + " page(s) of images?): submit its text or a PDF with text; scanned pages are not read");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is encrypted with a password");
        } catch (IOException e) {
            throw new UnreadableDocumentException("the PDF cannot be read: " + e.getMessage());
        }
    }
}
