package org.euromesh.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

import org.euromesh.format.Format;
import org.euromesh.model.Crossover;
import org.euromesh.model.Capital;
import org.euromesh.model.Comparison;
import org.euromesh.model.Delivery;
import org.euromesh.model.Pathways;
import org.euromesh.model.Efficiency;
import org.euromesh.model.GridQueue;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.ScenarioResult;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Sensitivity;
import org.euromesh.model.Substrate;

/**
 * The model results as CSV downloads (site/data/*.csv): full precision, locale-independent,
 * "\n" line ends, so the same results give byte-identical files.
 */
public final class ResultCsv {

    private ResultCsv() {
    }

    /** File name to content, in a fixed order. */
    public static Map<String, String> all(ModelResults r) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("headline.csv", headline(r));
        files.put("scenarios.csv", scenarios(r));
        files.put("ramp.csv", ramp(r));
        files.put("efficiency.csv", efficiency(r));
        files.put("penalty_range.csv", penaltyRange(r));
        files.put("bandwidth.csv", bandwidth(r));
        files.put("sensitivity.csv", sensitivity(r));
        files.put("montecarlo.csv", monteCarlo(r));
        files.put("montecarlo_cdf.csv", monteCarloCdf(r));
        files.put("montecarlo_gap_histogram.csv", gapHistogram(r));
        files.put("crossover.csv", crossover(r));
        files.put("crossover_flop.csv", crossoverFlop(r));
        files.put("substrate.csv", substrate(r));
        files.put("substrate_days.csv", substrateDays(r, Substrate.EUROHPC));
        files.put("substrate_days_all.csv", substrateDays(r, Substrate.ALL));
        files.put("scorecard.csv", scorecard(r));
        files.put("scorecard_stability.csv", scorecardStability(r));
        files.put("grid_queue.csv", gridQueue(r));
        files.put("pathways.csv", pathways(r));
        files.put("montecarlo_routes.csv", monteCarloRoutes(r));
        files.put("capital.csv", capital(r));
        return files;
    }

    /** Every pathway of every scenario: when it delivers each target, and the headline programme. */
    static String pathways(ModelResults r) {
        Table t = new Table("scenario", "pathway", "share", "target", "month_index", "date", "programme_month_index",
                "programme_date", "extrapolated");
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        for (ScenarioResult s : r.scenarios()) {
            for (ScenarioResult.PathwayRun run : s.pathways()) {
                for (int i = 0; i < run.deliveries().size(); i++) {
                    Delivery d = run.deliveries().get(i);
                    t.row(s.scenario(), pathwayId(run.kind()), Format.csv(run.share()), r.inputs().targets().get(i).id(),
                            monthIndex(d), date(d, start, horizon), monthIndex(run.programme()), date(run.programme(), start, horizon),
                            Boolean.toString(run.extrapolated().get(i)));
                }
            }
        }
        return t.toString();
    }

    /** The id a pathway has in the CSVs. */
    public static String pathwayId(Pathways.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String monteCarloRoutes(ModelResults r) {
        Table t = new Table("route", "p5_month", "p50_month", "p95_month", "mean_month", "p_mesh_first");
        MonteCarlo.Result mc = r.monteCarlo();
        MonteCarlo.Routes routes = mc.routes();
        t.row("campus", Format.csv(mc.campus().p5()), Format.csv(mc.campus().p50()), Format.csv(mc.campus().p95()),
                Format.csv(mc.campus().mean()), Format.csv(mc.pMeshFirst()));
        t.row("campus_fast_track", Format.csv(routes.fastTrack().p5()), Format.csv(routes.fastTrack().p50()),
                Format.csv(routes.fastTrack().p95()), Format.csv(routes.fastTrack().mean()), Format.csv(routes.pMeshBeforeFastTrack()));
        t.row("campus_phased", Format.csv(routes.phased().p5()), Format.csv(routes.phased().p50()),
                Format.csv(routes.phased().p95()), Format.csv(routes.phased().mean()), Format.csv(routes.pMeshBeforePhased()));
        t.row("every_campus_route", "", "", "", "", Format.csv(routes.pMeshBeforeEveryCampus()));
        return t.toString();
    }

    static String capital(ModelResults r) {
        Table t = new Table("build", "sites", "mw_it", "gpus", "hardware", "facility_eur", "accelerators_eur", "total_eur");
        for (Capital.Row c : r.capital()) {
            t.row(c.build().name().toLowerCase(java.util.Locale.ROOT), Integer.toString(c.sites()), Format.csv(c.mwIt()),
                    Long.toString(c.gpus()), c.hardware(), Format.csv(c.facilityEur()), Format.csv(c.acceleratorsEur()),
                    Format.csv(c.totalEur()));
        }
        return t.toString();
    }

    /**
     * Every CSV a build publishes: {@link #all}, then, when the original assumptions ran beside
     * the edition, {@code changes.csv} and the original's own files under {@code reference/}.
     */
    public static Map<String, String> published(ModelResults r) {
        Map<String, String> files = all(r);
        r.comparison().ifPresent(c -> {
            files.put("changes.csv", changes(r));
            all(c.original()).forEach((name, csv) -> files.put("reference/" + name, csv));
        });
        return files;
    }

    /** What changed since the original: the original, each change alone, then every change (this edition). */
    public static String changes(ModelResults r) {
        Table t = new Table("change", "mesh_month_index", "mesh_date", "campus_month_index", "campus_date", "gap_months");
        Comparison c = r.comparison().orElseThrow();
        changeRow(t, "original assumptions", c.original().headline(), c.original().inputs().startMonth(),
                c.original().inputs().horizonMonths());
        for (Comparison.Variant v : c.variants()) {
            changeRow(t, v.change(), v.headline(), v.startMonth(), v.horizonMonths());
        }
        changeRow(t, "every change (this edition)", r.headline(), r.inputs().startMonth(), r.inputs().horizonMonths());
        return t.toString();
    }

    private static void changeRow(Table t, String label, ScenarioResult.TargetDelivery d, YearMonth start, int horizon) {
        t.row(label, monthIndex(d.mesh()), date(d.mesh(), start, horizon), monthIndex(d.campus()),
                date(d.campus(), start, horizon), gap(d));
    }

    static String headline(ModelResults r) {
        Table t = new Table("key", "value", "unit");
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        ScenarioResult.TargetDelivery h = r.headline();
        t.row("headline_target", r.inputs().headlineTarget(), "target id");
        t.row("required_flop", Format.csv(h.target().requiredFlop()), "FLOP");
        t.row("mesh_month_index_baseline", monthIndex(h.mesh()), "month index from " + start);
        t.row("mesh_date_baseline", date(h.mesh(), start, horizon), "YYYY-MM");
        t.row("campus_month_index_baseline", monthIndex(h.campus()), "month index from " + start);
        t.row("campus_date_baseline", date(h.campus(), start, horizon), "YYYY-MM");
        for (String s : List.of("baseline", "optimistic", "pessimistic")) {
            if (r.scenarios().stream().anyMatch(x -> x.scenario().equals(s))) {
                t.row("gap_months_" + s, gap(r.scenario(s).delivery(r.inputs().headlineTarget())), "months");
            }
        }
        t.row("mean_hyperscale_wait_years", Format.csv(r.meanHyperscaleWaitYears()), "years");
        t.row("mean_medium_wait_years", Format.csv(r.meanMediumWaitYears()), "years");
        t.row("p_mesh_first", Format.csv(r.monteCarlo().pMeshFirst()), "probability");
        t.row("gap_months_p50", Format.csv(r.monteCarlo().gap().p50()), "months");
        t.row("monte_carlo_draws", Integer.toString(r.monteCarlo().draws()), "draws");
        t.row("weighted_hyperscale_wait_years", Format.csv(r.weightedHyperscaleWaitYears()), "years");
        t.row("campus_first_wait_months", r.flips().campusFirstWaitMonths().isPresent()
                ? Integer.toString(r.flips().campusFirstWaitMonths().getAsInt()) : "", "months");
        t.row("one_site_max_flop", r.flips().oneSiteMaxFlop().isPresent() ? Format.csv(r.flips().oneSiteMaxFlop().getAsDouble()) : "", "FLOP");
        t.row("p_mesh_before_fast_track", Format.csv(r.monteCarlo().routes().pMeshBeforeFastTrack()), "probability");
        t.row("p_mesh_before_every_campus", Format.csv(r.monteCarlo().routes().pMeshBeforeEveryCampus()), "probability");
        return t.toString();
    }

    static String scenarios(ModelResults r) {
        Table t = new Table("scenario", "target", "required_flop", "mesh_month_index", "mesh_date",
                "campus_month_index", "campus_date", "gap_months");
        YearMonth start = r.inputs().startMonth();
        int horizon = r.inputs().horizonMonths();
        for (ScenarioResult s : r.scenarios()) {
            for (ScenarioResult.TargetDelivery d : s.deliveries()) {
                t.row(s.scenario(), d.target().id(), Format.csv(d.target().requiredFlop()),
                        monthIndex(d.mesh()), date(d.mesh(), start, horizon),
                        monthIndex(d.campus()), date(d.campus(), start, horizon), gap(d));
            }
        }
        return t.toString();
    }

    static String ramp(ModelResults r) {
        Table t = new Table("scenario", "month_index", "date", "mesh_cumulative_flop", "campus_cumulative_flop");
        YearMonth start = r.inputs().startMonth();
        for (ScenarioResult s : r.scenarios()) {
            for (int m = 0; m < s.meshCumulativeFlop().length; m++) {
                t.row(s.scenario(), Integer.toString(m), Format.isoMonth(start, m),
                        Format.csv(s.meshCumulativeFlop()[m]), Format.csv(s.campusCumulativeFlop()[m]));
            }
        }
        return t.toString();
    }

    static String efficiency(ModelResults r) {
        Table t = new Table("replicas", "inner_steps", "alpha", "efficiency", "extrapolated");
        for (Efficiency.Row e : r.efficiency()) {
            t.row(Integer.toString(e.replicas()), Format.csv(e.innerSteps()), Format.csv(e.alpha()),
                    Format.csv(e.efficiency()), Boolean.toString(e.extrapolated()));
        }
        return t.toString();
    }

    static String penaltyRange(ModelResults r) {
        Table t = new Table("replicas", "inner_steps", "k_n_low", "k_n_high", "alpha_low", "alpha_high", "extrapolated");
        double h = r.inputs().headlineParameters().innerSteps();
        for (Efficiency.Spread e : Efficiency.spread(r.inputs())) {
            t.row(Integer.toString(e.replicas()), Format.csv(h), Format.csv(e.kNLow()), Format.csv(e.kNHigh()),
                    Format.csv(e.alphaLow()), Format.csv(e.alphaHigh()), Boolean.toString(e.extrapolated()));
        }
        return t.toString();
    }

    static String bandwidth(ModelResults r) {
        Table t = new Table("link_gbps", "inner_steps", "sync_seconds", "compute_seconds", "overhead_share");
        r.bandwidth().forEach(b -> t.row(Format.csv(b.linkGbps()), Format.csv(b.innerSteps()),
                Format.csv(b.syncSeconds()), Format.csv(b.computeSeconds()), Format.csv(b.overheadShare())));
        return t.toString();
    }

    static String sensitivity(ModelResults r) {
        Table t = new Table("parameter", "low_value", "high_value", "gap_at_low_months", "gap_at_high_months", "swing_months");
        for (Sensitivity.Row s : r.sensitivity()) {
            t.row(s.parameter().key(), Format.csv(s.low()), Format.csv(s.high()), Format.csv(s.gapAtLowMonths()),
                    Format.csv(s.gapAtHighMonths()), Format.csv(s.swingMonths()));
        }
        return t.toString();
    }

    static String monteCarlo(ModelResults r) {
        Table t = new Table("quantity", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "mean");
        MonteCarlo.Result mc = r.monteCarlo();
        quantiles(t, "mesh_delivery_month", mc.mesh());
        quantiles(t, "campus_delivery_month", mc.campus());
        quantiles(t, "gap_months", mc.gap());
        return t.toString();
    }

    private static void quantiles(Table t, String name, MonteCarlo.Quantiles q) {
        t.row(name, Format.csv(q.p5()), Format.csv(q.p10()), Format.csv(q.p25()), Format.csv(q.p50()),
                Format.csv(q.p75()), Format.csv(q.p90()), Format.csv(q.p95()), Format.csv(q.mean()));
    }

    static String monteCarloCdf(ModelResults r) {
        Table t = new Table("month_index", "date", "p_mesh_delivered", "p_campus_delivered");
        MonteCarlo.Result mc = r.monteCarlo();
        YearMonth start = r.inputs().startMonth();
        for (int m = 0; m < mc.pMeshDeliveredByMonth().length; m++) {
            t.row(Integer.toString(m), Format.isoMonth(start, m), Format.csv(mc.pMeshDeliveredByMonth()[m]),
                    Format.csv(mc.pCampusDeliveredByMonth()[m]));
        }
        return t.toString();
    }

    static String gapHistogram(ModelResults r) {
        Table t = new Table("bin_start_months", "bin_end_months", "draws");
        MonteCarlo.Histogram h = r.monteCarlo().gapHistogram();
        for (int i = 0; i < h.counts().length; i++) {
            double from = h.firstBinStart() + i * h.binMonths();
            t.row(Format.csv(from), Format.csv(from + h.binMonths()), Integer.toString(h.counts()[i]));
        }
        return t.toString();
    }

    static String crossover(ModelResults r) {
        Table t = new Table("mesh_sites", "target", "mesh_month_index", "campus_month_index");
        for (Crossover.SweepPoint p : r.sweep()) {
            t.row(Integer.toString(p.meshSites()), Format.csv(p.targetFlop()), monthIndex(p.mesh()), monthIndex(p.campus()));
        }
        return t.toString();
    }

    static String crossoverFlop(ModelResults r) {
        Table t = new Table("mesh_sites", "crossover_flop");
        for (Crossover.Threshold th : r.thresholds()) {
            t.row(Integer.toString(th.meshSites()),
                    th.crossoverFlop().isPresent() ? Format.csv(th.crossoverFlop().getAsDouble()) : "none within horizon");
        }
        return t.toString();
    }

    static String substrate(ModelResults r) {
        Table t = new Table("id", "system", "site", "country", "accelerator", "count",
                "dense_bf16_flop_per_s_per_accelerator", "aggregate_flop_per_s", "eurohpc", "source");
        for (Substrate.System s : r.inputs().substrate()) {
            t.row(s.id(), s.name(), s.site(), s.country(), s.accelerator(), Integer.toString(s.count()),
                    Format.csv(s.peakFlopPerS()), Format.csv(s.aggregateFlopPerS()), Boolean.toString(s.euroHpc()), s.source());
        }
        Substrate.Result sub = r.substrate();
        t.row("total_eurohpc", "EuroHPC systems (" + sub.euroHpcSystems() + ")", "", "", "", "", "",
                Format.csv(sub.euroHpcPeakFlopPerS()), "true", "derived");
        t.row("total_all", "All listed systems (" + sub.allSystems() + ")", "", "", "", "", "",
                Format.csv(sub.allPeakFlopPerS()), "", "derived");
        return t.toString();
    }

    static String substrateDays(ModelResults r, String systems) {
        Table t = new Table("fraction", "target", "days");
        for (Substrate.Days d : r.substrate().days(systems)) {
            t.row(Format.csv(d.fraction()), d.target(), Format.csv(d.days()));
        }
        return t.toString();
    }

    static String scorecard(ModelResults r) {
        Table t = new Table("region", "time_years", "energy_mwh", "cost_eur", "carbon_t", "sovereignty", "feasibility",
                "time_score", "cost_score", "carbon_score", "feasibility_score", "composite", "rank");
        for (Scorecard.Row s : r.scorecard()) {
            t.row(s.region(), Format.csv(s.timeYears()), Format.csv(s.energyMwh()), Format.csv(s.costEur()),
                    Format.csv(s.carbonT()), Format.csv(s.sovereignty()), Format.csv(s.feasibility()), Format.csv(s.timeScore()),
                    Format.csv(s.costScore()), Format.csv(s.carbonScore()), Format.csv(s.feasibilityScore()),
                    Format.csv(s.composite()), s.ranked() ? Integer.toString(s.rank()) : "");
        }
        return t.toString();
    }

    /** Each region's rank under every stability variant: one row per variant and region, base variant first. */
    static String scorecardStability(ModelResults r) {
        Table t = new Table("variant", "normalisation", "weight_time", "weight_cost", "weight_carbon", "weight_feasibility",
                "region", "rank");
        Scorecard.Stability stability = r.scorecardStability();
        for (int v = 0; v < stability.variants().size(); v++) {
            Scorecard.Variant variant = stability.variants().get(v);
            Scorecard.Weights w = variant.weights();
            for (Scorecard.Placing p : stability.placings()) {
                t.row(variant.id(), variant.normalisation().name().toLowerCase(java.util.Locale.ROOT), Format.csv(w.time()),
                        Format.csv(w.cost()), Format.csv(w.carbon()), Format.csv(w.feasibility()), p.region(),
                        Integer.toString(p.ranks().get(v)));
            }
        }
        return t.toString();
    }

    static String gridQueue(ModelResults r) {
        Table t = new Table("region", "display_name", "hyperscale_years", "medium_years", "gap_years",
                "confidence_hyperscale", "confidence_medium", "sources");
        for (GridQueue.Row g : r.inputs().gridQueue()) {
            t.row(g.region(), g.displayName(), Format.csv(g.hyperscaleYears()), Format.csv(g.mediumYears()),
                    Format.csv(g.gapYears()), g.confidenceHyperscale(), g.confidenceMedium(), String.join(";", g.sources()));
        }
        return t.toString();
    }

    private static String monthIndex(Delivery d) {
        return d.monthIndex().isPresent() ? Integer.toString(d.monthIndex().getAsInt()) : "";
    }

    private static String date(Delivery d, YearMonth start, int horizon) {
        return d instanceof Delivery.Delivered del ? Format.isoMonth(start, del.month()) : Format.isoAfterHorizon(start, horizon);
    }

    private static String gap(ScenarioResult.TargetDelivery d) {
        return d.gapMonths().isPresent() ? Integer.toString(d.gapMonths().getAsInt()) : "";
    }

    // A number as Format.csv writes it (-3.5, 1.97E25, -inf) is data, never a formula.
    private static final Pattern NUMBER = Pattern.compile("-?(inf|[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?)");

    /**
     * A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
     * carriage return; OWASP "CSV injection") with a ' in front; numbers, even negative, unchanged.
     */
    public static String guard(String cell) {
        String start = cell.stripLeading();
        if (start.isEmpty() || "=+-@".indexOf(start.charAt(0)) < 0 && cell.charAt(0) != '\t' && cell.charAt(0) != '\r'
                || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * The CSV text {@code csv} (RFC 4180, as in data/) with every cell {@link #guard}ed; the same
     * text when no cell needs it, so the data zip keeps the inputs byte for byte in the usual case.
     */
    public static String guarded(String csv) {
        StringBuilder out = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        boolean changed = false;
        boolean quoted = false;
        boolean inQuotes = false;
        for (int i = 0; i <= csv.length(); i++) {
            char c = i < csv.length() ? csv.charAt(i) : '\n';
            if (inQuotes) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                inQuotes = true;
                quoted = true;
            } else if (c == ',' || c == '\n' || i == csv.length()) {
                String text = cell.toString();
                String safe = guard(text);
                changed |= !safe.equals(text);
                out.append(quoted || !safe.equals(text) ? '"' + safe.replace("\"", "\"\"") + '"' : text);
                if (i < csv.length()) {
                    out.append(c);
                }
                cell.setLength(0);
                quoted = false;
            } else {
                cell.append(c);
            }
        }
        return changed ? out.toString() : csv;
    }

    /** A CSV table: header plus rows, quoted only where a cell needs it. */
    static final class Table {
        private final int columns;
        private final List<String> lines = new ArrayList<>();

        Table(String... header) {
            this.columns = header.length;
            lines.add(join(header));
        }

        void row(String... cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + columns);
            }
            lines.add(join(cells));
        }

        private static String join(String[] cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(cells[i]));
            }
            return sb.toString();
        }

        static String quote(String cell) {
            String safe = guard(cell);
            if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
                return '"' + safe.replace("\"", "\"\"") + '"';
            }
            return safe;
        }

        @Override
        public String toString() {
            return String.join("\n", lines) + "\n";
        }
    }
}
