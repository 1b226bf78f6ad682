package org.euromesh.report;

import static org.euromesh.report.ResultTable.c;

import java.time.YearMonth;
import java.util.List;

import org.euromesh.format.Format;
import org.euromesh.model.Efficiency;
import org.euromesh.model.ModelResults;
import org.euromesh.model.MonteCarlo;
import org.euromesh.model.Sensitivity;

/** The result CSVs of the training penalty and of what is uncertain: efficiency, penalty range, bandwidth, tornado, Monte Carlo. */
final class UncertaintyCsvs {

    private UncertaintyCsvs() {
    }

    private static final String EXTRAPOLATED = "true when M is beyond the published evidence (more replicas than tested)";

    static final ResultTable EFFICIENCY = new ResultTable("efficiency.csv", "one number of replicas and inner steps", List.of(
            c("replicas", "sites trained together, M (count)"),
            c("inner_steps", "local steps between synchronisations, H (steps)"),
            c("alpha", "compute multiplier of low-communication training against a synchronous run (ratio, 1 = no penalty)"),
            c("efficiency", "1 / alpha (ratio)"),
            c("extrapolated", EXTRAPOLATED)),
            UncertaintyCsvs::efficiency);

    static final ResultTable PENALTY_RANGE = new ResultTable("penalty_range.csv", "one number of replicas, at the headline run's inner steps",
            List.of(
            c("replicas", "sites trained together, M (count)"),
            c("inner_steps", "local steps between synchronisations, H (steps): the headline run's"),
            c("k_n_low", "the low end of the range of k_N, the penalty per doubling of replicas, that the sensitivity analysis tries (ratio)"),
            c("k_n_high", "the high end of that range (ratio)"),
            c("alpha_low", "alpha with k_N at its low end, every other input at baseline (ratio, 1 = no penalty)"),
            c("alpha_high", "alpha with k_N at its high end (ratio)"),
            c("extrapolated", EXTRAPOLATED)),
            UncertaintyCsvs::penaltyRange);

    static final ResultTable BANDWIDTH = new ResultTable("bandwidth.csv",
            "one link speed and number of inner steps, for the headline run on the mesh", List.of(
            c("link_gbps", "wide-area link speed per site (Gbit/s)"),
            c("inner_steps", "local steps between synchronisations, H (steps)"),
            c("sync_seconds", "time to exchange one synchronisation (seconds)"),
            c("compute_seconds", "compute time between two synchronisations (seconds)"),
            c("overhead_share", "sync / (sync + compute): share of wall time lost if not overlapped (0 to 1)")),
            UncertaintyCsvs::bandwidth);

    static final ResultTable SENSITIVITY = new ResultTable("sensitivity.csv",
            "one parameter of the tornado, moved alone from its low to its high value", List.of(
            c("parameter", "parameter key, as in data/ (e.g. tau_mega_years)"),
            c("low_value", "the parameter's low value (unit of the parameter, see the key's suffix)"),
            c("high_value", "the parameter's high value (unit of the parameter)"),
            c("gap_at_low_months", "headline gap with the low value (fractional months; positive = mesh first)"),
            c("gap_at_high_months", "headline gap with the high value (fractional months)"),
            c("swing_months", "absolute difference of the two gaps (months)")),
            UncertaintyCsvs::sensitivity);

    static final ResultTable MONTE_CARLO = new ResultTable("montecarlo.csv", "one quantity over all Monte Carlo draws", List.of(
            c("quantity", "mesh_delivery_month or campus_delivery_month (fractional months since the start month) or gap_months (months)"),
            c("p5", "5th percentile (unit of the quantity)"),
            c("p10", "10th percentile"),
            c("p25", "25th percentile"),
            c("p50", "median"),
            c("p75", "75th percentile"),
            c("p90", "90th percentile"),
            c("p95", "95th percentile"),
            c("mean", "mean over the draws")),
            UncertaintyCsvs::monteCarlo);

    static final ResultTable MONTE_CARLO_CDF = new ResultTable("montecarlo_cdf.csv", "one month", List.of(
            c("month_index", "months since the start month"),
            c("date", "calendar month (YYYY-MM)"),
            c("p_mesh_delivered", "share of draws in which the mesh has delivered by this month (0 to 1)"),
            c("p_campus_delivered", "share of draws in which the campus has delivered by this month (0 to 1)")),
            UncertaintyCsvs::monteCarloCdf);

    static final ResultTable GAP_HISTOGRAM = new ResultTable("montecarlo_gap_histogram.csv", "one bin of the gap histogram", List.of(
            c("bin_start_months", "lower edge of the bin, included (months of gap)"),
            c("bin_end_months", "upper edge of the bin, excluded (months of gap)"),
            c("draws", "number of draws whose gap falls in the bin (count)")),
            UncertaintyCsvs::gapHistogram);

    static final ResultTable MONTE_CARLO_ROUTES = new ResultTable("montecarlo_routes.csv", "one campus route in the Monte Carlo draws",
            List.of(
            c("route", "campus, campus_fast_track, campus_phased, or every_campus_route (the mesh before all three)"),
            c("p5_month", "5th percentile of the route's delivery (fractional month index)"),
            c("p50_month", "median delivery (fractional month index)"),
            c("p95_month", "95th percentile of delivery (fractional month index)"),
            c("mean_month", "mean delivery (fractional month index)"),
            c("p_mesh_first", "share of draws in which the mesh delivers strictly before this route (probability, 0 to 1)")),
            UncertaintyCsvs::monteCarloRoutes);

    private static void efficiency(ModelResults r, ResultTable.Rows t) {
        for (Efficiency.Row e : r.efficiency()) {
            t.row(Format.csv(e.replicas()), Format.csv(e.innerSteps()), Format.csv(e.alpha()),
                    Format.csv(e.efficiency()), Boolean.toString(e.extrapolated()));
        }
    }

    private static void penaltyRange(ModelResults r, ResultTable.Rows t) {
        double h = r.inputs().headlineParameters().innerSteps();
        for (Efficiency.Spread e : Efficiency.spread(r.inputs())) {
            t.row(Format.csv(e.replicas()), Format.csv(h), Format.csv(e.kNLow()), Format.csv(e.kNHigh()),
                    Format.csv(e.alphaLow()), Format.csv(e.alphaHigh()), Boolean.toString(e.extrapolated()));
        }
    }

    private static void bandwidth(ModelResults r, ResultTable.Rows t) {
        r.bandwidth().forEach(b -> t.row(Format.csv(b.linkGbps()), Format.csv(b.innerSteps()),
                Format.csv(b.syncSeconds()), Format.csv(b.computeSeconds()), Format.csv(b.overheadShare())));
    }

    private static void sensitivity(ModelResults r, ResultTable.Rows t) {
        for (Sensitivity.Row s : r.sensitivity()) {
            t.row(s.parameter().key(), Format.csv(s.low()), Format.csv(s.high()), Format.csv(s.gapAtLowMonths()),
                    Format.csv(s.gapAtHighMonths()), Format.csv(s.swingMonths()));
        }
    }

    private static void monteCarlo(ModelResults r, ResultTable.Rows t) {
        MonteCarlo.Result mc = r.monteCarlo();
        quantiles(t, "mesh_delivery_month", mc.mesh());
        quantiles(t, "campus_delivery_month", mc.campus());
        quantiles(t, "gap_months", mc.gap());
    }

    private static void quantiles(ResultTable.Rows t, String name, MonteCarlo.Quantiles q) {
        t.row(name, Format.csv(q.p5()), Format.csv(q.p10()), Format.csv(q.p25()), Format.csv(q.p50()),
                Format.csv(q.p75()), Format.csv(q.p90()), Format.csv(q.p95()), Format.csv(q.mean()));
    }

    private static void monteCarloCdf(ModelResults r, ResultTable.Rows t) {
        MonteCarlo.Result mc = r.monteCarlo();
        YearMonth start = r.inputs().startMonth();
        for (int m = 0; m < mc.pMeshDeliveredByMonth().length; m++) {
            t.row(Format.csv(m), Format.isoMonth(start, m), Format.csv(mc.pMeshDeliveredByMonth()[m]),
                    Format.csv(mc.pCampusDeliveredByMonth()[m]));
        }
    }

    private static void gapHistogram(ModelResults r, ResultTable.Rows t) {
        MonteCarlo.Histogram h = r.monteCarlo().gapHistogram();
        for (int i = 0; i < h.counts().length; i++) {
            double from = h.firstBinStart() + i * h.binMonths();
            t.row(Format.csv(from), Format.csv(from + h.binMonths()), Format.csv(h.counts()[i]));
        }
    }

    private static void monteCarloRoutes(ModelResults r, ResultTable.Rows t) {
        MonteCarlo.Result mc = r.monteCarlo();
        MonteCarlo.Routes routes = mc.routes();
        route(t, "campus", mc.campus(), mc.pMeshFirst());
        route(t, "campus_fast_track", routes.fastTrack(), routes.pMeshBeforeFastTrack());
        route(t, "campus_phased", routes.phased(), routes.pMeshBeforePhased());
        t.row("every_campus_route", "", "", "", "", Format.csv(routes.pMeshBeforeEveryCampus()));
    }

    private static void route(ResultTable.Rows t, String name, MonteCarlo.Quantiles q, double pMeshFirst) {
        t.row(name, Format.csv(q.p5()), Format.csv(q.p50()), Format.csv(q.p95()), Format.csv(q.mean()), Format.csv(pMeshFirst));
    }
}
