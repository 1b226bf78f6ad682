package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code euromesh check} as an editor meets it before publishing: each deliberate mistake, made in a
 * temporary copy of the project, fails the check with one line naming the file, the line and the fix.
 */
class CheckCommandIT {

    @TempDir
    Path tmp;

    /** Appends {@code line} as a paragraph of its own to a content file of a fresh copy; returns its line number. */
    static int appendParagraph(Path file, String line) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + (text.endsWith("\n") ? "\n" : "\n\n") + line + "\n", StandardCharsets.UTF_8);
        return (int) text.lines().count() + 2;
    }

    QualityProject.Run checkOf(Path root) {
        return QualityProject.run("check", "--root", root.toString(), "--quiet");
    }

    static void assertFailsWith(QualityProject.Run run, String expectedLineStart) {
        assertEquals(1, run.code(), "check should fail; it printed:\n" + run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expectedLineStart)),
                "expected a line starting with\n  " + expectedLineStart + "\nbut check printed:\n" + run.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("euromesh: check failed with "), run.err());
    }

    @Test
    void aBrokenLinkFailsCheckAtTheLineOfTheContentFile() throws IOException {
        Path root = QualityProject.copy(tmp);
        int line = appendParagraph(root.resolve("content/reproduce.md"), "The older notes are on [the archive page](archive.html).");
        assertFailsWith(checkOf(root), "content/reproduce.md:" + line + ": broken link archive.html: no file archive.html in this build");
    }

    @Test
    void aCitationOfAnUnknownSourceFailsCheck() throws IOException {
        Path root = QualityProject.copy(tmp);
        appendParagraph(root.resolve("content/reproduce.md"), "As everyone knows <@cite \"nobody-1999\"/>.");
        QualityProject.Run run = checkOf(root);
        assertFailsWith(run, "content/reproduce.md:");
        assertTrue(run.err().contains("unknown source id 'nobody-1999'; add it to data/sources.yaml or fix the spelling"), run.err());
    }

    @Test
    void aHandWrittenCitationWithoutABibliographyEntryFailsCheck() throws IOException {
        Path root = QualityProject.copy(tmp);
        int line = appendParagraph(root.resolve("content/reproduce.md"), "As everyone knows [99](sources.html#src-nobody-1999).");
        assertFailsWith(checkOf(root), "content/reproduce.md:" + line + ": citation '99' links to sources.html#src-nobody-1999, "
                + "but the bibliography on sources.html has no entry 'nobody-1999'");
    }

    @Test
    void aFigureThatIsNeverReferencedFailsCheckNamingTheContentFile() throws IOException {
        Path root = QualityProject.copy(tmp);
        int line = appendParagraph(root.resolve("content/reproduce.md"),
                "<@figure chart=\"alpha\" caption=\"The compute multiplier, once more.\" id=\"alpha-again\"/>");
        assertFailsWith(checkOf(root), "content/reproduce.md:" + line
                + ": figure 'alpha-again' is never referenced; add <@ref figure=\"alpha-again\"/> or remove it");
    }

    @Test
    void anInvalidHtmlSnippetInAContentFileFailsCheckAtItsLine() throws IOException {
        Path root = QualityProject.copy(tmp);
        int line = appendParagraph(root.resolve("content/reproduce.md"), "<div class=\"note\">A note that closes the <em>wrong element</span></div>");
        assertFailsWith(checkOf(root), "content/reproduce.md:" + line + ": invalid HTML: Unexpected EndTag token [</span>]");
    }

    @Test
    void theShippedProjectPassesCheckAndSaysWhatWasChecked() throws IOException {
        Path root = QualityProject.copy(tmp);
        QualityProject.Run run = QualityProject.run("check", "--root", root.toString());
        assertEquals(0, run.code(), "the shipped project must pass check; it printed:\n" + run.err());
        String last = run.out().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("check passed: inputs, self-checks and \\d+ pages, [\\d,]+ internal links, [\\d,]+ anchors, \\d+ figures, "
                + "\\d+ tables, [\\d,]+ citations of \\d+ sources \\(\\d+ ms\\)"), last);
    }
}
