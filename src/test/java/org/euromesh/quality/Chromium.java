package org.euromesh.quality;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's Chromium, headless, through Debian's chromedriver: named explicitly so Selenium Manager never downloads a browser. */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "they need Debian's chromium at " + BINARY + " and chromium-driver at " + DRIVER
            + " (apt-get install -y chromium chromium-driver; .ci/run does this)";
    // executeCdpCommand goes through chromedriver; Selenium's typed CDP bindings (and its warning that none match) are not needed.
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /**
     * A headless browser whose profile, caches and scratch folders all live in {@code profile}, not in the
     * user's home; {@code logs} records the console and the network log.
     */
    static ChromeDriver start(Path profile, boolean logs, String... extraArguments) {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath()));
        arguments.addAll(List.of(extraArguments));
        options.addArguments(arguments);
        if (logs) {
            LoggingPreferences preferences = new LoggingPreferences();
            preferences.enable(LogType.BROWSER, Level.ALL);
            preferences.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", preferences);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .withEnvironment(Map.of("XDG_CACHE_HOME", profile.resolve("cache").toString(),
                        "XDG_CONFIG_HOME", profile.resolve("config").toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A screen {@code width} by {@code height} CSS pixels in the dark or the light colour scheme. */
    static void emulate(ChromeDriver driver, int width, int height, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Opens {@code url} and waits until the page and its fonts have loaded. */
    static void open(ChromeDriver driver, String url) {
        driver.get(url);
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(document.readyState === 'complete' ? Promise.resolve() : new Promise(r => addEventListener('load', r)))"
                + ".then(() => document.fonts.ready).then(() => done(true));");
    }
}
