package org.euromesh.site.publish;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.euromesh.data.Edition;
import org.euromesh.data.Inputs;
import org.euromesh.format.Format;
import org.euromesh.model.ModelResults;
import org.euromesh.report.ResultCsv;

/**
 * schema.org JSON-LD: a {@code Report} for the report page and a {@code Dataset} for the data page.
 * URLs are absolute when the site's address is known, else relative to the page.
 */
public final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StructuredData() {
    }

    /** The report as a schema.org Report, with its PDF. */
    public static String report(Edition edition, String baseUrl, String pdf) {
        Map<String, Object> m = head("Report");
        m.put("name", edition.title());
        m.put("headline", edition.title());
        m.put("description", edition.subtitle());
        m.put("author", organisation(edition));
        m.put("publisher", organisation(edition));
        m.put("datePublished", edition.date().toString());
        m.put("version", edition.version());
        m.put("inLanguage", "en");
        m.put("license", Licences.urlOrName(edition.licenseText()));
        if (!baseUrl.isBlank()) {
            m.put("url", baseUrl + "report.html");
        }
        Map<String, Object> pdfObject = new LinkedHashMap<>();
        pdfObject.put("@type", "MediaObject");
        pdfObject.put("contentUrl", baseUrl + pdf);
        pdfObject.put("encodingFormat", "application/pdf");
        m.put("encoding", pdfObject);
        return script(m);
    }

    /** Every result CSV, and the whole bundle, as a schema.org Dataset with one DataDownload each. */
    public static String dataset(Inputs inputs, ModelResults results, String baseUrl, String zip) {
        Edition edition = inputs.edition();
        Map<String, Object> m = head("Dataset");
        m.put("name", "EuroMesh results, edition " + edition.version());
        m.put("description", "Every result of the EuroMesh model run behind \"" + edition.title()
                + "\": delivery dates of a mesh of medium European sites and of one 1 GW campus by scenario, the compute ramp, "
                + "sensitivity, Monte Carlo ranges, the crossover sweep, the regional scorecard and the public-compute substrate, as CSV files.");
        m.put("license", Licences.urlOrName(edition.licenseData()));
        m.put("creator", organisation(edition));
        m.put("datePublished", edition.date().toString());
        m.put("version", edition.version());
        m.put("inLanguage", "en");
        m.put("isAccessibleForFree", true);
        YearMonth start = results.inputs().startMonth();
        YearMonth last = Format.monthOf(start, results.inputs().horizonMonths() - 1);
        m.put("temporalCoverage", start.getYear() + "/" + last.getYear());
        m.put("spatialCoverage", "Europe");
        if (!baseUrl.isBlank()) {
            m.put("url", baseUrl + "data.html");
        }
        List<Map<String, Object>> downloads = new ArrayList<>();
        for (String csv : ResultCsv.published(results).keySet()) {
            downloads.add(download(csv, baseUrl + "data/" + csv, "text/csv"));
        }
        downloads.add(download(zip, baseUrl + zip, "application/zip"));
        m.put("distribution", downloads);
        return script(m);
    }

    private static Map<String, Object> head(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", type);
        return m;
    }

    private static Map<String, Object> organisation(Edition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Organization");
        m.put("name", e.author());
        return m;
    }

    private static Map<String, Object> download(String name, String url, String format) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "DataDownload");
        d.put("name", name);
        d.put("contentUrl", url);
        d.put("encodingFormat", format);
        return d;
    }

    /** JSON safe inside a script element: no "<", ">" or "&" (they only occur in strings, as \\u escapes). */
    private static String script(Map<String, Object> m) {
        try {
            return inert(JSON.writeValueAsString(m).replace("\r\n", "\n"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    /** JSON text with "<", ">" and "&" written as \\u escapes, so no HTML parser sees a tag or an entity in it. */
    static String inert(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
