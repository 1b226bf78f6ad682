package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input hash is the site's fingerprint: change any one input file, however small (a data value,
 * a sentence, a comment in a layout), and the footer stamp of every page and the PDF's document id
 * and printed stamp all change together. (Identical inputs giving identical bytes is SiteBuildIT's.)
 */
class InputStampIT {

    /** What carries the input hash in one build. */
    record Stamp(Map<String, String> pageHashes, String pdfId, String pdfText) {

        /** The one hash all pages show; fails if two pages disagree. */
        String pageHash() {
            Set<String> distinct = new TreeSet<>(pageHashes.values());
            assertEquals(1, distinct.size(), "every page shows the same input hash: " + pageHashes);
            return distinct.iterator().next();
        }
    }

    @FunctionalInterface
    interface Edit {
        void apply(Path root) throws IOException;
    }

    @TempDir
    static Path tmp;
    static Stamp shipped;

    @BeforeAll
    static void stampOfTheShippedInputs() throws Exception {
        shipped = stampOf(QualityProject.shippedSite());
    }

    static Stamp stampOf(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (var page : QualityProject.pages(site).entrySet()) {
            Element hash = Jsoup.parse(page.getValue()).selectFirst("footer .stamp .hash");
            assertTrue(hash != null && hash.text().matches("[0-9a-f]{12}"), page.getKey() + " has a footer stamp with the input hash");
            hashes.put(page.getKey(), hash.text());
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("euromesh-report.pdf").toFile())) {
            COSArray ids = pdf.getDocument().getDocumentID();
            assertTrue(ids != null && ids.size() == 2, "the PDF has a document id");
            String id = HexFormat.of().formatHex(((COSString) ids.getObject(0)).getBytes());
            return new Stamp(hashes, id, new PDFTextStripper().getText(pdf));
        }
    }

    static List<Arguments> edits() {
        return List.of(
                Arguments.of("a data value", (Edit) root -> QualityProject.replaceIn(root.resolve("data/hardware.yaml"),
                        "value: 1.2e7", "value: 1.21e7")),
                Arguments.of("a content sentence", (Edit) root -> QualityProject.append(root.resolve("content/reproduce.md"),
                        "\nOne more sentence for the stamp test.\n")),
                Arguments.of("a template comment", (Edit) root -> QualityProject.replaceIn(root.resolve("templates/page.ftlh"),
                        "<#--", "<#-- A comment changed for the stamp test. -->\n<#--")));
    }

    @ParameterizedTest(name = "changing {0} changes every page's stamp and the PDF's id")
    @MethodSource("edits")
    void changingOneInputChangesTheStampOfEveryPageAndThePdf(String what, Edit edit) throws Exception {
        Path root = QualityProject.copy(tmp.resolve(what.replace(' ', '-')));
        edit.apply(root);
        QualityProject.build(root, List.of());
        Stamp changed = stampOf(root.resolve("site"));

        String before = shipped.pageHash();
        String after = changed.pageHash();
        assertNotEquals(before, after, "the footer hash after changing " + what);
        assertEquals(shipped.pageHashes().keySet(), changed.pageHashes().keySet(), "the same pages");
        assertNotEquals(shipped.pdfId(), changed.pdfId(), "the PDF document id after changing " + what);
        assertTrue(changed.pdfText().contains(after), "the PDF prints the new hash " + after);
        assertFalse(changed.pdfText().contains(before), "the PDF no longer prints the old hash " + before);
    }
}
