package org.euromesh.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.euromesh.format.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader meets it: the result is stated once and restated at most twice, and the
 * prose carries no software wording (the build, a command-line flag, a rounding rule). Tables and
 * figures are left out: they repeat numbers by design.
 */
class ReportProseIT {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildShippedInputs() throws Exception {
        Path root = TestProject.copy(tmp.resolve("project"));
        TestProject.build(new Site(), root, List.of());
        out = root.resolve("site");
    }

    /** The running text of a page: no tables, figures, navigation, header or footer. */
    static String prose(String page) throws IOException {
        Document doc = Jsoup.parse(TestProject.read(out.resolve(page)));
        doc.select("table, figure, nav, header, footer, .references, .bibliography, ol.references, script").remove();
        return doc.select("main").isEmpty() ? doc.body().text() : doc.select("main").text();
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String longDate(String isoMonth) {
        return YearMonth.parse(isoMonth).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    }

    @Test
    void theReportStatesTheResultOnceAndRestatesItAtMostTwice() throws IOException {
        Map<String, String> headline = SiteBuildIT.headline(out);
        String report = prose("report.html");
        List<String> result = List.of(longDate(headline.get("mesh_date_baseline")), longDate(headline.get("campus_date_baseline")),
                headline.get("gap_months_baseline") + " months",
                Format.probability(Double.parseDouble(headline.get("p_mesh_first"))));
        for (String phrase : result) {
            int n = count(report, phrase);
            assertTrue(n >= 1, phrase + " is stated");
            assertTrue(n <= 3, phrase + " appears " + n + " times in the report's prose; state it once and restate it at most twice");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "report.html", "results.html", "grid-queue.html", "substrate.html", "model.html", "changelog.html"})
    void pagesSpeakToReadersNotToDevelopers(String page) throws IOException {
        String text = prose(page);
        for (String wording : List.of("this build", "in the same build", "shipped data", "MODEL.md choice", "--set ", "--assumptions",
                "rounded to a tenth", "0.00 months", "n.d..", "?.")) {
            assertFalse(text.contains(wording), page + " says \"" + wording + "\"");
        }
    }
}
