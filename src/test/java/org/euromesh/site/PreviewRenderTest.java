package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview reuses what a save did not change (the model run, each page's body); after every
 * kind of edit, what it renders must be what a fresh build of the same inputs renders, byte for
 * byte: every file of the site and the PDF's HTML. One preview {@link Site} serves every test, as
 * one serves a whole editing session.
 */
class PreviewRenderTest {

    private static final Site PREVIEW = new Site();

    @TempDir
    Path root;

    @FunctionalInterface
    private interface Edit {
        void apply(Path root) throws IOException;
    }

    @Test
    void aChangeOfOnePagesProseRendersAsAFreshBuild() throws Exception {
        assertPreviewMatchesFreshBuild(r -> append(r, "content/results.md", "\nA sentence the editor just wrote.\n"));
    }

    @Test
    void aNewHeadingInTheReportRendersAsAFreshBuildInTheSiteAndThePrint() throws Exception {
        assertPreviewMatchesFreshBuild(r -> replace(r, "content/report.md", "## In brief", "## In brief, again"));
    }

    @Test
    void aCitationThatRenumbersTheSourcesOfOtherPagesRendersAsAFreshBuild() throws Exception {
        // Cited first in the report, a source cited late moves to the front: every other page's numbers change.
        assertPreviewMatchesFreshBuild(r -> replace(r, "content/report.md", "## In brief", "## In brief\n\nSee <@cite \"frontier-mi250x-2024\"/>."));
    }

    @Test
    void aNewFigureAndItsReferenceRenumberTheFiguresAfterIt() throws Exception {
        assertPreviewMatchesFreshBuild(r -> replace(r, "content/results.md", "<@figure chart=\"delivery-band\"",
                "<@figure chart=\"tornado\" id=\"first-tornado\" caption=\"The tornado, first.\"/>\n\nSee <@ref figure=\"first-tornado\"/>.\n\n"
                        + "<@figure chart=\"delivery-band\""));
    }

    @Test
    void anEditedMacroLayoutRendersEveryPageAsAFreshBuild() throws Exception {
        assertPreviewMatchesFreshBuild(r -> replace(r, "templates/macros.ftlh", "<figure class=\"chart\" id=\"${fig.id}\">",
                "<figure class=\"chart edited\" id=\"${fig.id}\">"));
    }

    @Test
    void anEditedPageLayoutRendersAsAFreshBuild() throws Exception {
        assertPreviewMatchesFreshBuild(r -> replace(r, "templates/page.ftlh", "</body>", "<!-- edited -->\n</body>"));
    }

    @Test
    void anEditedSourceInDataRendersTheBibliographyAsAFreshBuild() throws Exception {
        assertPreviewMatchesFreshBuild(r -> replace(r, "data/sources.yaml", "INTELLECT-1 Technical Report", "INTELLECT-1 Technical Report, revised"));
    }

    @Test
    void aSeriesOfEditsAndTheirUndoingRendersAsAFreshBuildAfterEach() throws Exception {
        TestProject.copy(root);
        render(PREVIEW);
        String report = read(root, "content/report.md");
        List<Edit> edits = List.of(
                r -> replace(r, "content/report.md", "## In brief", "## In brief\n\nSee <@cite \"frontier-mi250x-2024\"/>."),
                r -> append(r, "content/model.md", "\nOne more line.\n"),
                r -> Files.writeString(r.resolve("content/report.md"), report, StandardCharsets.UTF_8),
                r -> append(r, "content/index.md", "\nAnd <@cite \"ember-2024-carbon\"/>.\n"));
        for (Edit edit : edits) {
            edit.apply(root);
            assertSame(render(new Site()), render(PREVIEW));
        }
    }

    private void assertPreviewMatchesFreshBuild(Edit edit) throws Exception {
        TestProject.copy(root);
        render(PREVIEW); // what the preview shows before the save
        edit.apply(root);
        Site.Outcome preview = render(PREVIEW);
        assertSame(render(new Site()), preview);
    }

    private Site.Outcome render(Site site) throws IOException {
        Site.Outcome o = site.render(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());
        if (!o.ok()) {
            fail("render failed: " + o.errors().stream().map(e -> e.format()).toList());
        }
        return o;
    }

    private static void assertSame(Site.Outcome fresh, Site.Outcome preview) {
        assertEquals(new TreeSet<>(fresh.files().keySet()), new TreeSet<>(preview.files().keySet()), "the site's files");
        for (Map.Entry<String, byte[]> f : fresh.files().entrySet()) {
            assertText(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8),
                    new String(preview.files().get(f.getKey()), StandardCharsets.UTF_8));
        }
        assertTrue(fresh.pdfJob().isPresent() && preview.pdfJob().isPresent(), "both renders hand the PDF its job");
        assertText("the PDF's HTML", fresh.pdfJob().get().printHtml(), preview.pdfJob().get().printHtml());
    }

    /** Equal texts, or a failure that shows where they first differ. */
    private static void assertText(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 120);
        fail(what + " differs from a fresh build at character " + at + ":\nfresh:   ..."
                + expected.substring(from, Math.min(expected.length(), at + 120)) + "\npreview: ..."
                + actual.substring(from, Math.min(actual.length(), at + 120)));
    }

    private static String read(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    private static void append(Path root, String file, String text) throws IOException {
        Files.writeString(root.resolve(file), read(root, file) + text, StandardCharsets.UTF_8);
    }

    private static void replace(Path root, String file, String from, String to) throws IOException {
        String text = read(root, file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " no longer holds \"" + from + "\"; choose another edit");
        }
        Files.writeString(root.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
    }
}
