package io.planmonitor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A Word document as a reader sees it: rendered to PDF by LibreOffice (Debian's libreoffice-writer-nogui, headless,
 * with its own profile so a desktop session does not interfere), then read back page by page with PDFBox. The PDF
 * stays under target/ for a person to look at.
 */
record RenderedDocument(Path pdf, List<Boolean> landscapePages, List<String> pageTexts) {

    static RenderedDocument render(byte[] docx, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "rendered-reports"));
        Path source = dir.resolve(name + ".docx");
        Files.write(source, docx);
        Path profile = Files.createTempDirectory("lo-profile");
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        if (!soffice.waitFor(180, TimeUnit.SECONDS)) {
            soffice.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not render " + source + " within 180 s");
        }
        Path pdf = dir.resolve(name + ".pdf");
        if (soffice.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice failed on " + source + ": " + Files.readString(
                    dir.resolve(name + ".log")));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Boolean> landscape = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDPage pdfPage = document.getPage(page - 1);
                landscape.add(pdfPage.getMediaBox().getWidth() > pdfPage.getMediaBox().getHeight());
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return new RenderedDocument(pdf, landscape, texts);
        }
    }

    int pages() {
        return pageTexts.size();
    }
}
