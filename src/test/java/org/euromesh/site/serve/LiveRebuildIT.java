package org.euromesh.site.serve;

import static org.euromesh.site.serve.PreviewFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor saving files while the preview runs: each test has its own copy of the project and its own server. */
class LiveRebuildIT {

    @TempDir
    Path tmp;
    PreviewFixture preview;

    @BeforeEach
    void startAndBuild() throws Exception {
        preview = PreviewFixture.start(tmp).awaitSiteAndPdf();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    /** How fast a save reaches the screen is bench/serve.sh's to measure; this checks that it does, announced by an event. */
    @Test
    void anEditedPageIsServedWithItsNewTextAfterTheBuildEventThatFollowsTheSave() throws Exception {
        Path results = preview.root.resolve("content/results.md");
        String sentence = "A heron waits by the preview pond.";
        assertFalse(preview.get("/results.html").body().contains(sentence));
        try (PreviewFixture.BuildStream builds = preview.buildStream()) {
            long opened = builds.next(PreviewFixture.FIRST_BUILD).orElseThrow(() -> new AssertionError("no build number on opening"));
            Files.writeString(results, Files.readString(results) + "\n" + sentence + "\n");
            // Like the page's script: ask again after each build event rather than polling.
            long deadline = System.nanoTime() + PreviewFixture.FIRST_BUILD.toNanos();
            Optional<Long> build;
            boolean seen = false;
            while (!seen && (build = builds.next(Duration.ofNanos(deadline - System.nanoTime()))).isPresent()) {
                assertTrue(build.get() >= opened, "build numbers never go back: " + build.get() + " after " + opened);
                seen = preview.get("/results.html").body().contains(sentence);
            }
            assertTrue(seen, "the edited results page after a build event; terminal:\n" + preview.terminal());
        }
        assertTrue(Files.readString(preview.out.resolve("results.html")).contains(sentence), "written to the output folder too");
    }

    @Test
    void aBrokenTemplateShowsItsFileInABannerOverTheLastGoodPageUntilItIsFixed() throws Exception {
        Path layout = preview.root.resolve("templates/page.ftlh");
        String good = Files.readString(layout);
        String title = titleOf(preview.get("/").body());

        Files.writeString(layout, good.replace("<body", "<#if><body"));
        HttpResponse<String> broken = await(PreviewFixture.FIRST_BUILD, () -> preview.get("/"),
                r -> r.body().contains("euromesh-build-errors"), "the error banner");
        assertEquals(200, broken.statusCode());
        assertTrue(broken.body().contains("templates/page.ftlh:"), broken.body());
        assertTrue(broken.body().contains(title), "the last good page is still served under the banner");
        assertTrue(preview.terminal().contains("templates/page.ftlh:"), preview.terminal());
        assertFalse(Files.readString(preview.out.resolve("index.html")).contains("euromesh-build-errors"), "the banner is never written to disk");

        Files.writeString(layout, good);
        await(PreviewFixture.FIRST_BUILD, () -> preview.get("/"), r -> r.statusCode() == 200 && !r.body().contains("euromesh-build-errors"),
                "the banner to clear after the fix");
    }

    @Test
    void aFileInAFolderMadeWhileServingIsWatched() throws Exception {
        Files.createDirectories(preview.root.resolve("templates/assets/extra"));
        // The new folder's own event starts a build; once it is done, the folder is surely watched.
        await(PreviewFixture.FIRST_BUILD, () -> PreviewFixture.count(preview.terminal(), " built "), n -> n >= 2, "the build after the new folder");
        Files.writeString(preview.root.resolve("templates/assets/extra/note.txt"), "a note in a new folder");
        HttpResponse<String> note = await(PreviewFixture.FIRST_BUILD, () -> preview.get("/assets/extra/note.txt"),
                r -> r.statusCode() == 200, "the file saved in the new folder");
        assertEquals("a note in a new folder", note.body());
        assertEquals("text/plain; charset=utf-8", note.headers().firstValue("Content-Type").orElse(""));
    }

    private static String titleOf(String html) {
        return html.substring(html.indexOf("<title>") + "<title>".length(), html.indexOf("</title>"));
    }
}
