package org.euromesh.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every generated page passes the Nu HTML Checker (the engine behind validator.w3.org/nu), run in
 * process on the shipped site, with zero errors. Warnings are printed, not failed.
 */
class NuHtmlCheckerIT {

    /** The HTML5 schema with every built-in check, as the checker's own command line uses it. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Messages of one document: errors fail the test, warnings are for reading. */
    record Findings(List<String> errors, List<String> warnings) {
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String page = "";

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }

        private String format(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    static Path site;
    static SimpleDocumentValidator validator;
    static Collector collector;

    @BeforeAll
    static void buildTheSiteAndLoadTheChecker() throws Exception {
        site = QualityProject.shippedSite();
        collector = new Collector();
        // Log4j set up from the checker's own file; no language detection (it only warns, and slowly).
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    static Findings validate(String page, String html) throws IOException, SAXException {
        collector.page = page;
        collector.errors.clear();
        collector.warnings.clear();
        InputSource in = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        in.setEncoding("UTF-8");
        in.setSystemId(page);
        validator.checkHtmlInputSource(in);
        return new Findings(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    @Test
    void everyGeneratedPageHasNoErrors() throws Exception {
        List<String> errors = new ArrayList<>();
        Map<String, String> pages = QualityProject.pages(site);
        for (var page : pages.entrySet()) {
            Findings f = validate(page.getKey(), page.getValue());
            errors.addAll(f.errors());
            f.warnings().forEach(w -> System.out.println("Nu HTML Checker warning: " + w));
        }
        assertTrue(pages.size() >= 8, "pages checked: " + pages.keySet());
        assertEquals(List.of(), errors, "Nu HTML Checker errors (page:line:column: message)");
    }

    @Test
    void theCheckerReallyRunsAndFindsAStrayEndTagAndAnImageWithoutAlt() throws Exception {
        String bad = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
                <body><main><p>A <em>stray</span> end tag.</p><img src="chart.svg"></main></body></html>
                """;
        List<String> errors = validate("bad.html", bad).errors();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("bad.html:3:") && e.contains("Stray end tag")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("“img” element must have an “alt” attribute")), errors.toString());
    }
}
