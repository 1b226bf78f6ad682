package org.euromesh.site.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.euromesh.report.ResultCsv;
import org.euromesh.report.ResultTable;

/**
 * What every column of every CSV in the data bundle means, with its unit: the result files the
 * build writes (from their declarations in {@link ResultCsv}) and the input tables of data/. An
 * input column missing here fails the bundle's test.
 */
final class ColumnGuide {

    /** One column: its name and what it holds, unit included. */
    record Column(String name, String meaning) {
    }

    /** A CSV file: what one row is, and its columns. */
    record FileGuide(String row, List<Column> columns) {
    }

    static final Map<String, FileGuide> RESULTS = results();
    static final Map<String, FileGuide> INPUTS = inputs();

    private ColumnGuide() {
    }

    private static Column c(String name, String meaning) {
        return new Column(name, meaning);
    }

    /** The result files' guides, read from their declarations ({@link ResultTable}). */
    private static Map<String, FileGuide> results() {
        Map<String, FileGuide> m = new LinkedHashMap<>();
        List<ResultTable> tables = new ArrayList<>(ResultCsv.TABLES);
        tables.add(ResultCsv.CHANGES);
        for (ResultTable t : tables) {
            m.put(t.file(), new FileGuide(t.row(), t.columns().stream().map(col -> c(col.name(), col.meaning())).toList()));
        }
        return m;
    }

    private static Map<String, FileGuide> inputs() {
        Column tier = c("tier", "how the value is known: primary, secondary, derived or estimate (inputs/README.md)");
        Column sources = c("sources", "source ids (see inputs/sources.yaml), separated by \";\"");
        Map<String, FileGuide> m = new LinkedHashMap<>();
        m.put("grid_queue.csv", new FileGuide("one grid region", List.of(
                c("region", "region id"),
                c("display_name", "region name"),
                c("hyperscale_years", "estimated wait for a 1 GW grid connection, application filed in 2026 (years)"),
                c("medium_years", "estimated wait for a 30-50 MW connection (years)"),
                c("confidence_hyperscale", "low, medium or high"),
                c("confidence_medium", "low, medium or high"),
                tier, sources, c("note", "why the values are what they are"))));
        m.put("regions.csv", new FileGuide("one grid region's scorecard inputs", List.of(
                c("region", "region id"),
                c("display_name", "region name"),
                c("accessible_mw", "power a training programme could reach in the region (MW)"),
                c("power_price_eur_per_mwh", "industrial power price (EUR/MWh)"),
                c("carbon_intensity_g_per_kwh", "lifecycle carbon intensity of the grid (gCO2e/kWh)"),
                c("interconnect_years_medium", "grid lead time for a medium site (years)"),
                c("interconnect_years_hyperscale", "grid lead time for 1 GW (years)"),
                c("fibre_gbps", "research-network fibre available (Gbit/s)"),
                c("eu_member", "1 if the country is an EU Member State, 0 if not; for a composite, the share of its accessible MW in members (0 to 1)"),
                c("eurohpc_member", "1 if the country is a member of the EuroHPC Joint Undertaking, 0 if not; composites as eu_member"),
                c("gdpr", "1 if the GDPR applies in the country (EU, or EEA through the EEA Agreement), 0 if not; composites as eu_member"),
                tier, sources, c("notes", "how the row was put together"))));
        m.put("substrate.csv", new FileGuide("one public machine", List.of(
                c("id", "system id"),
                c("system", "system name"),
                c("site", "where it is"),
                c("country", "ISO country code"),
                c("accelerator", "accelerator model"),
                c("count", "accelerators (count)"),
                c("dense_bf16_tflops", "peak dense BF16 speed of one accelerator, no sparsity (TFLOP/s)"),
                c("eurohpc", "true for a EuroHPC system"),
                c("status", "operational status, as the operator reports it"),
                tier, sources)));
        return m;
    }
}
