package org.euromesh.report;

import static org.euromesh.report.ResultTable.c;

import java.util.List;
import java.util.Locale;

import org.euromesh.format.Format;
import org.euromesh.model.GridQueue;
import org.euromesh.model.ModelResults;
import org.euromesh.model.Scorecard;
import org.euromesh.model.Substrate;

/** The result CSVs of places and machines: the public substrate, the regional scorecard and its stability, the grid queue. */
final class RegionCsvs {

    private RegionCsvs() {
    }

    private static final String SOURCES = "source ids (see inputs/sources.yaml), separated by \";\"";

    static final ResultTable SUBSTRATE = new ResultTable("substrate.csv", "one public machine, then the totals (id total_eurohpc and total_all)",
            List.of(
            c("id", "system id, as in data/substrate.csv"),
            c("system", "system name"),
            c("site", "where it is"),
            c("country", "ISO country code"),
            c("accelerator", "accelerator model"),
            c("count", "accelerators (count)"),
            c("dense_bf16_flop_per_s_per_accelerator", "peak dense BF16 speed of one accelerator, no sparsity (FLOP/s)"),
            c("aggregate_flop_per_s", "count x peak (FLOP/s)"),
            c("eurohpc", "true for a EuroHPC system"),
            c("source", SOURCES + "; \"derived\" on the total rows")),
            RegionCsvs::substrate);

    private static final List<ResultTable.Column> DAYS = List.of(
            c("fraction", "share of the machines' peak allocated to the run (0 to 1)"),
            c("target", "training target id"),
            c("days", "days the run takes (days)"));

    static final ResultTable SUBSTRATE_DAYS = new ResultTable("substrate_days.csv", "one allocated share and training target", DAYS,
            (r, t) -> substrateDays(r, Substrate.EUROHPC, t));

    static final ResultTable SUBSTRATE_DAYS_ALL = new ResultTable("substrate_days_all.csv", "one allocated share and training target", DAYS,
            (r, t) -> substrateDays(r, Substrate.ALL, t));

    static final ResultTable SCORECARD = new ResultTable("scorecard.csv",
            "one grid region (ranked), then the reference composites (not ranked)", List.of(
            c("region", "region id, as in data/regions.csv"),
            c("time_years", "the region's medium-site grid lead time (years)"),
            c("energy_mwh", "energy of the headline run on one medium site, PUE included (MWh)"),
            c("cost_eur", "energy cost of that run at the region's power price (EUR; energy only)"),
            c("carbon_t", "emissions of that run at the region's carbon intensity (tonnes CO2e)"),
            c("sovereignty", "weighted mean of the region's sovereignty criteria: EU member, EuroHPC JU member, GDPR applies (0 to 1)"),
            c("feasibility", "mean of capacity, sovereignty and network scores (0 to 1)"),
            c("time_score", "time scaled across regions, 1 = best (0 to 1)"),
            c("cost_score", "cost scaled across regions, 1 = best (0 to 1)"),
            c("carbon_score", "carbon scaled across regions, 1 = best (0 to 1)"),
            c("feasibility_score", "feasibility scaled across regions, 1 = best (0 to 1)"),
            c("composite", "weighted sum of the four scores (0 to 1)"),
            c("rank", "rank by composite, 1 = best; empty for the reference composites")),
            RegionCsvs::scorecard);

    static final ResultTable SCORECARD_STABILITY = new ResultTable("scorecard_stability.csv",
            "one ranking variant and region: the rank-stability check of the scorecard", List.of(
            c("variant", "base (the scorecard's weights and min-max scaling, the ranking of scorecard.csv), an alternative weight set"
                    + " of data/scenarios.yaml, rank_based or z_score"),
            c("normalisation", "how criteria are scaled: min_max ((v - min) / (max - min)), rank (share of the other regions beaten,"
                    + " ties count half) or z_score ((v - mean) / standard deviation)"),
            c("weight_time", "weight of the time score (0 to 1)"),
            c("weight_cost", "weight of the cost score (0 to 1)"),
            c("weight_carbon", "weight of the carbon score (0 to 1)"),
            c("weight_feasibility", "weight of the feasibility score (0 to 1)"),
            c("region", "region id, as in data/regions.csv"),
            c("rank", "the region's rank under this variant, 1 = best")),
            RegionCsvs::scorecardStability);

    static final ResultTable GRID_QUEUE = new ResultTable("grid_queue.csv", "one grid region", List.of(
            c("region", "region id"),
            c("display_name", "region name"),
            c("hyperscale_years", "estimated wait for a 1 GW grid connection (years)"),
            c("medium_years", "estimated wait for a 30-50 MW connection (years)"),
            c("gap_years", "hyperscale_years - medium_years (years)"),
            c("confidence_hyperscale", "confidence in the 1 GW estimate: low, medium or high"),
            c("confidence_medium", "confidence in the medium estimate: low, medium or high"),
            c("sources", SOURCES)),
            RegionCsvs::gridQueue);

    private static void substrate(ModelResults r, ResultTable.Rows t) {
        for (Substrate.System s : r.inputs().substrate()) {
            t.row(s.id(), s.name(), s.site(), s.country(), s.accelerator(), Format.csv(s.count()),
                    Format.csv(s.peakFlopPerS()), Format.csv(s.aggregateFlopPerS()), Boolean.toString(s.euroHpc()), s.source());
        }
        Substrate.Result sub = r.substrate();
        t.row("total_eurohpc", "EuroHPC systems (" + sub.euroHpcSystems() + ")", "", "", "", "", "",
                Format.csv(sub.euroHpcPeakFlopPerS()), "true", "derived");
        t.row("total_all", "All listed systems (" + sub.allSystems() + ")", "", "", "", "", "",
                Format.csv(sub.allPeakFlopPerS()), "", "derived");
    }

    private static void substrateDays(ModelResults r, String systems, ResultTable.Rows t) {
        for (Substrate.Days d : r.substrate().days(systems)) {
            t.row(Format.csv(d.fraction()), d.target(), Format.csv(d.days()));
        }
    }

    private static void scorecard(ModelResults r, ResultTable.Rows t) {
        for (Scorecard.Row s : r.scorecard()) {
            t.row(s.region(), Format.csv(s.timeYears()), Format.csv(s.energyMwh()), Format.csv(s.costEur()),
                    Format.csv(s.carbonT()), Format.csv(s.sovereignty()), Format.csv(s.feasibility()), Format.csv(s.timeScore()),
                    Format.csv(s.costScore()), Format.csv(s.carbonScore()), Format.csv(s.feasibilityScore()),
                    Format.csv(s.composite()), s.ranked() ? Format.csv(s.rank()) : "");
        }
    }

    /** Each region's rank under every stability variant: one row per variant and region, base variant first. */
    private static void scorecardStability(ModelResults r, ResultTable.Rows t) {
        Scorecard.Stability stability = r.scorecardStability();
        for (int v = 0; v < stability.variants().size(); v++) {
            Scorecard.Variant variant = stability.variants().get(v);
            Scorecard.Weights w = variant.weights();
            for (Scorecard.Placing p : stability.placings()) {
                t.row(variant.id(), variant.normalisation().name().toLowerCase(Locale.ROOT), Format.csv(w.time()),
                        Format.csv(w.cost()), Format.csv(w.carbon()), Format.csv(w.feasibility()), p.region(),
                        Format.csv(p.ranks().get(v)));
            }
        }
    }

    private static void gridQueue(ModelResults r, ResultTable.Rows t) {
        for (GridQueue.Row g : r.inputs().gridQueue()) {
            t.row(g.region(), g.displayName(), Format.csv(g.hyperscaleYears()), Format.csv(g.mediumYears()),
                    Format.csv(g.gapYears()), g.confidenceHyperscale(), g.confidenceMedium(), String.join(";", g.sources()));
        }
    }
}
