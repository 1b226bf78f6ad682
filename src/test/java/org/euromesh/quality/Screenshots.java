package org.euromesh.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A tool, not a test: full-page screenshots of every page of a built site (up to 16,000 px tall,
 * Chromium's limit) at 1280 and 390 px wide in the light and the dark theme, for a human to look at;
 * the Explore page once its Monte Carlo has answered.
 * Without a site folder it builds the shipped project first. Run from the project root:
 * <pre>
 * mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.euromesh.quality.Screenshots [SITE [OUT]]
 * </pre>
 * OUT defaults to target/screenshots.
 */
public final class Screenshots {

    private static final List<String> VARIANTS = List.of("1280", "1280-dark", "390", "390-dark");

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (!Chromium.installed()) {
            System.err.println("screenshots: " + Chromium.INSTALL);
            System.exit(2);
        }
        Path site = args.length > 0 ? Path.of(args[0]) : QualityProject.shippedSite();
        Path out = Files.createDirectories(args.length > 1 ? Path.of(args[1]) : Path.of("target", "screenshots"));
        Path profile = Files.createTempDirectory("euromesh-screenshots-");
        List<String> pages = List.copyOf(QualityProject.pages(site).keySet());
        ChromeDriver driver = Chromium.start(profile, false);
        try (StaticSiteServer server = new StaticSiteServer(site)) {
            for (String variant : VARIANTS) {
                int width = Integer.parseInt(variant.split("-")[0]);
                Chromium.emulate(driver, width, width < 1000 ? 844 : 900, variant.endsWith("dark"));
                for (String page : pages) {
                    Chromium.open(driver, server.base() + page);
                    if (page.equals("explore.html")) {
                        for (int tries = 0; tries < 300 && !Boolean.TRUE.equals(driver.executeScript(
                                "var m = document.getElementById('explore-routes'); return m !== null && m.textContent.length > 0;")); tries++) {
                            Thread.sleep(100);
                        }
                    }
                    long height = Math.min(16_000, ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue());
                    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                            "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                    Path file = out.resolve(page.replace(".html", "") + "-" + variant + ".png");
                    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
                    System.out.println(file);
                }
            }
        } finally {
            driver.quit();
            QualityProject.deleteQuietly(profile);
        }
    }
}
