package org.euromesh.report.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A tool, not a test: writes the print sample ({@link PrintSample}) as {@code sample.pdf} and
 * {@code sample.html}, and the sample page of {@link PageLayoutTest} as a small site folder
 * ({@code site/report.html} with its chart, styles and fonts), for a look with pdftoppm or a browser.
 * Run from the project root:
 * <pre>
 * mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.euromesh.report.pdf.SampleForALook [OUT]
 * </pre>
 * OUT defaults to target/sample.
 */
public final class SampleForALook {

    private SampleForALook() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(args.length > 0 ? Path.of(args[0]) : Path.of("target", "sample"));
        Path print = Files.createDirectories(out.resolve("print"));
        if (!Files.exists(print.resolve("assets"))) {
            PrintSample.copyAssets(print);
        }
        Files.write(out.resolve("sample.pdf"), new PdfRenderer().render(PrintSample.html(), print.toUri().toString(), PrintSample.META));
        Files.writeString(out.resolve("sample.html"), PrintSample.html(), StandardCharsets.UTF_8);

        Path site = Files.createDirectories(out.resolve("site").resolve("charts")).getParent();
        Files.writeString(site.resolve("report.html"), PageLayoutTest.page(PrintSample.META.title(), "report",
                PageLayoutTest.REPORT_TOC, PageLayoutTest.BODY), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("charts/ramp.svg"), PrintSample.chartSvg(), StandardCharsets.UTF_8);
        if (!Files.exists(site.resolve("assets"))) {
            PrintSample.copyAssets(site);
        }
        Path fonts = Files.createDirectories(site.resolve("assets/fonts"));
        for (String font : PageLayoutTest.SHIPPED_FONTS) {
            Files.copy(Path.of("templates", "assets", "fonts", font), fonts.resolve(font), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println(out.resolve("sample.pdf") + "\n" + site.resolve("report.html"));
    }
}
