package org.euromesh.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups inside the output folder: index pages for folders, and nothing that leads outside it. */
class SiteFolderTest {

    @TempDir
    Path tmp;
    Path out;
    SiteFolder site;

    @BeforeEach
    void writeASmallSite() throws IOException {
        out = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(out.resolve("index.html"), "home");
        Files.createDirectories(out.resolve("guide"));
        Files.writeString(out.resolve("guide/index.html"), "guide");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts/a.svg"), "<svg/>");
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        site = new SiteFolder(out);
    }

    private SiteFolder.Lookup find(String raw) throws IOException {
        return site.find((RequestPath.Inside) RequestPath.parse(raw));
    }

    @Test
    void theRootServesItsIndexPage() throws IOException {
        assertEquals(new SiteFolder.Found(out.toRealPath().resolve("index.html")), find("/"));
    }

    @Test
    void aFolderWithASlashServesItsIndexPage() throws IOException {
        assertEquals(new SiteFolder.Found(out.toRealPath().resolve("guide/index.html")), find("/guide/"));
    }

    @Test
    void aFolderWithoutASlashIsSentToTheSlashedAddress() throws IOException {
        assertEquals(new SiteFolder.AddSlash(), find("/guide"));
    }

    @Test
    void aFolderWithoutAnIndexPageIsMissing() throws IOException {
        assertEquals(new SiteFolder.Missing(), find("/charts/"));
        assertEquals(new SiteFolder.Missing(), find("/charts"));
    }

    @Test
    void aMissingFileIsMissing() throws IOException {
        assertEquals(new SiteFolder.Missing(), find("/nothing.html"));
    }

    @Test
    void aSymbolicLinkLeavingTheSiteIsMissing() throws IOException {
        assumeTrue(link(out.resolve("leak.txt"), tmp.resolve("secret.txt")), "symbolic links are not available here");
        assertEquals(new SiteFolder.Missing(), find("/leak.txt"));
    }

    @Test
    void aLinkedFolderLeavingTheSiteIsMissing() throws IOException {
        assumeTrue(link(out.resolve("up"), tmp), "symbolic links are not available here");
        assertEquals(new SiteFolder.Missing(), find("/up/secret.txt"));
    }

    @Test
    void aSymbolicLinkStayingInsideTheSiteIsFollowed() throws IOException {
        assumeTrue(link(out.resolve("home.html"), out.resolve("index.html")), "symbolic links are not available here");
        assertEquals(new SiteFolder.Found(out.toRealPath().resolve("index.html")), find("/home.html"));
    }

    @Test
    void theSiteExistsOnceItHasAHomePage() throws IOException {
        assertTrue(site.hasSite());
        Files.delete(out.resolve("index.html"));
        assertFalse(site.hasSite());
        assertFalse(new SiteFolder(tmp.resolve("never-built")).hasSite());
        assertEquals(new SiteFolder.Missing(), new SiteFolder(tmp.resolve("never-built")).find(new RequestPath.Inside("", true)));
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
