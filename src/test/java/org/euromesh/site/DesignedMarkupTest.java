package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.euromesh.problem.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designer's edit of templates/macros.ftlh reaches the site's pages and the PDF's HTML, no Java changed. */
class DesignedMarkupTest {

    @Test
    void aFigureClassChangedInTheMacrosIsOnThePageAndInPrint(@TempDir Path tmp) throws Exception {
        Path root = TestProject.copy(tmp);
        Path macros = root.resolve("templates/macros.ftlh");
        String shipped = Files.readString(macros, StandardCharsets.UTF_8);
        Files.writeString(macros, shipped.replace("<figure class=\"chart\"", "<figure class=\"chart designed\"")
                .replace("<li id=\"${source.anchor}\">", "<li class=\"designed\" id=\"${source.anchor}\">"), StandardCharsets.UTF_8);

        Site.Outcome o = new Site().render(new Site.Options(root, root.resolve("site"), List.of(), true), TestProject.quiet());

        assertEquals(List.of(), o.errors().stream().map(InputError::format).toList());
        String results = new String(o.files().get("results.html"), StandardCharsets.UTF_8);
        assertTrue(results.contains("<figure class=\"chart designed\" id=\"fig-"), "the site page uses the edited figure");
        assertFalse(results.contains("<figure class=\"chart\" "), "no figure keeps the shipped markup");
        String print = o.pdfJob().orElseThrow().printHtml();
        assertTrue(print.contains("<figure class=\"chart designed\" id=\"fig-"), "the PDF's figures too");
        assertTrue(print.contains("<li class=\"designed\" id=\"src-"), "and the PDF's bibliography");
    }
}
