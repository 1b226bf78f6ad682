package org.euromesh.site.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every column of every CSV in the data bundle means, with its unit: the result files the
 * build writes and the input tables of data/. A column missing here fails the bundle's test.
 */
final class ColumnGuide {

    /** One column: its name and what it holds, unit included. */
    record Column(String name, String meaning) {
    }

    /** A CSV file: what one row is, and its columns. */
    record FileGuide(String row, List<Column> columns) {
    }

    private static final String MONTH_INDEX = "months since the model's start month (month 0); empty when not delivered within the horizon";
    private static final String YYYY_MM = "calendar month as YYYY-MM; \"after YYYY-MM\" (the horizon's last month) when not delivered within the horizon";

    static final Map<String, FileGuide> RESULTS = results();
    static final Map<String, FileGuide> INPUTS = inputs();

    private ColumnGuide() {
    }

    private static Column c(String name, String meaning) {
        return new Column(name, meaning);
    }

    private static Map<String, FileGuide> results() {
        Map<String, FileGuide> m = new LinkedHashMap<>();
        m.put("headline.csv", new FileGuide("one headline number of this build (headline scenario and target unless the key says otherwise)", List.of(
                c("key", "name of the number, e.g. mesh_date_baseline, gap_months_optimistic, p_mesh_first"),
                c("value", "the number or text, full precision"),
                c("unit", "the unit of value: FLOP, months, years, YYYY-MM, probability (0 to 1), draws, target id"))));
        m.put("scenarios.csv", new FileGuide("one scenario and training target", List.of(
                c("scenario", "scenario name (optimistic, baseline, pessimistic)"),
                c("target", "training target id (e.g. 405B = 405 billion parameters)"),
                c("required_flop", "compute the run needs, C = 6 x parameters x tokens (FLOP)"),
                c("mesh_month_index", "month the mesh delivers the run: " + MONTH_INDEX),
                c("mesh_date", "month the mesh delivers the run: " + YYYY_MM),
                c("campus_month_index", "month the 1 GW campus delivers the run: " + MONTH_INDEX),
                c("campus_date", "month the 1 GW campus delivers the run: " + YYYY_MM),
                c("gap_months", "campus delivery minus mesh delivery (months; positive = the mesh is first); empty when either is beyond the horizon"))));
        m.put("pathways.csv", new FileGuide("one scenario, pathway, allocated share and training target", List.of(
                c("scenario", "scenario name (optimistic, baseline, pessimistic)"),
                c("pathway", "mesh (medium sites), campus (1 GW, standard connection), campus_phased (first tranche early), campus_fast_track (fast-track connection), public (the EuroHPC machines Europe already owns)"),
                c("share", "share of the public machines allocated to the run (fraction; 1 for the new builds)"),
                c("target", "training target id"),
                c("month_index", "month the pathway delivers the run: " + MONTH_INDEX),
                c("date", "month the pathway delivers the run: " + YYYY_MM),
                c("programme_month_index", "month the pathway delivers the headline run's whole programme (the run times programme_multiplier): " + MONTH_INDEX),
                c("programme_date", "month the pathway delivers the headline programme: " + YYYY_MM),
                c("extrapolated", "true when the run federates more replicas, or a larger model over several replicas, than controlled comparisons have tested (evidence_max_replicas, evidence_max_parameters)"))));
        m.put("montecarlo_routes.csv", new FileGuide("one campus route in the Monte Carlo draws", List.of(
                c("route", "campus, campus_fast_track, campus_phased, or every_campus_route (the mesh before all three)"),
                c("p5_month", "5th percentile of the route's delivery (fractional month index)"),
                c("p50_month", "median delivery (fractional month index)"),
                c("p95_month", "95th percentile of delivery (fractional month index)"),
                c("mean_month", "mean delivery (fractional month index)"),
                c("p_mesh_first", "share of draws in which the mesh delivers strictly before this route (probability, 0 to 1)"))));
        m.put("capital.csv", new FileGuide("one build and what it costs", List.of(
                c("build", "one_site, run_sites (the sites one run uses), whole_mesh, campus, campus_first_tranche"),
                c("sites", "number of sites (count)"),
                c("mw_it", "IT power (MW)"),
                c("gpus", "accelerators installed (count)"),
                c("hardware", "the accelerator generation installed (base = the base hardware of hardware.yaml)"),
                c("facility_eur", "facility capital, MW x capex per MW (EUR)"),
                c("accelerators_eur", "accelerator capital, GPUs x unit price (EUR)"),
                c("total_eur", "facility plus accelerators (EUR)"))));
        m.put("changes.csv", new FileGuide("the headline on the original assumptions, with one change of this edition at a time, then with every change", List.of(
                c("change", "the change applied alone to the original assumptions (data/assumptions/euromesh-2026.yaml)"),
                c("mesh_month_index", "month the mesh delivers the headline run: " + MONTH_INDEX + " of that row's assumptions"),
                c("mesh_date", "month the mesh delivers the headline run: " + YYYY_MM),
                c("campus_month_index", "month the campus delivers the headline run: " + MONTH_INDEX + " of that row's assumptions"),
                c("campus_date", "month the campus delivers the headline run: " + YYYY_MM),
                c("gap_months", "campus minus mesh (months; positive = the mesh is first)"))));
        m.put("ramp.csv", new FileGuide("one scenario and month", List.of(
                c("scenario", "scenario name"),
                c("month_index", "months since the start month"),
                c("date", "calendar month (YYYY-MM)"),
                c("mesh_cumulative_flop", "effective compute the mesh has delivered by the end of the month (FLOP, after the low-communication penalty)"),
                c("campus_cumulative_flop", "effective compute the campus has delivered by the end of the month (FLOP)"))));
        m.put("efficiency.csv", new FileGuide("one number of replicas and inner steps", List.of(
                c("replicas", "sites trained together, M (count)"),
                c("inner_steps", "local steps between synchronisations, H (steps)"),
                c("alpha", "compute multiplier of low-communication training against a synchronous run (ratio, 1 = no penalty)"),
                c("efficiency", "1 / alpha (ratio)"),
                c("extrapolated", "true when M is beyond the published evidence (more replicas than tested)"))));
        m.put("penalty_range.csv", new FileGuide("one number of replicas, at the headline run's inner steps", List.of(
                c("replicas", "sites trained together, M (count)"),
                c("inner_steps", "local steps between synchronisations, H (steps): the headline run's"),
                c("k_n_low", "the low end of the range of k_N, the penalty per doubling of replicas, that the sensitivity analysis tries (ratio)"),
                c("k_n_high", "the high end of that range (ratio)"),
                c("alpha_low", "alpha with k_N at its low end, every other input at baseline (ratio, 1 = no penalty)"),
                c("alpha_high", "alpha with k_N at its high end (ratio)"),
                c("extrapolated", "true when M is beyond the published evidence (more replicas than tested)"))));
        m.put("bandwidth.csv", new FileGuide("one link speed and number of inner steps, for the headline run on the mesh", List.of(
                c("link_gbps", "wide-area link speed per site (Gbit/s)"),
                c("inner_steps", "local steps between synchronisations, H (steps)"),
                c("sync_seconds", "time to exchange one synchronisation (seconds)"),
                c("compute_seconds", "compute time between two synchronisations (seconds)"),
                c("overhead_share", "sync / (sync + compute): share of wall time lost if not overlapped (0 to 1)"))));
        m.put("sensitivity.csv", new FileGuide("one parameter of the tornado, moved alone from its low to its high value", List.of(
                c("parameter", "parameter key, as in data/ (e.g. tau_mega_years)"),
                c("low_value", "the parameter's low value (unit of the parameter, see the key's suffix)"),
                c("high_value", "the parameter's high value (unit of the parameter)"),
                c("gap_at_low_months", "headline gap with the low value (fractional months; positive = mesh first)"),
                c("gap_at_high_months", "headline gap with the high value (fractional months)"),
                c("swing_months", "absolute difference of the two gaps (months)"))));
        m.put("montecarlo.csv", new FileGuide("one quantity over all Monte Carlo draws", List.of(
                c("quantity", "mesh_delivery_month or campus_delivery_month (fractional months since the start month) or gap_months (months)"),
                c("p5", "5th percentile (unit of the quantity)"),
                c("p10", "10th percentile"),
                c("p25", "25th percentile"),
                c("p50", "median"),
                c("p75", "75th percentile"),
                c("p90", "90th percentile"),
                c("p95", "95th percentile"),
                c("mean", "mean over the draws"))));
        m.put("montecarlo_cdf.csv", new FileGuide("one month", List.of(
                c("month_index", "months since the start month"),
                c("date", "calendar month (YYYY-MM)"),
                c("p_mesh_delivered", "share of draws in which the mesh has delivered by this month (0 to 1)"),
                c("p_campus_delivered", "share of draws in which the campus has delivered by this month (0 to 1)"))));
        m.put("montecarlo_gap_histogram.csv", new FileGuide("one bin of the gap histogram", List.of(
                c("bin_start_months", "lower edge of the bin, included (months of gap)"),
                c("bin_end_months", "upper edge of the bin, excluded (months of gap)"),
                c("draws", "number of draws whose gap falls in the bin (count)"))));
        m.put("crossover.csv", new FileGuide("one mesh size and training run of the baseline sweep", List.of(
                c("mesh_sites", "sites the mesh federates for this run (count)"),
                c("target", "compute of the training run (FLOP)"),
                c("mesh_month_index", "month the mesh delivers it: " + MONTH_INDEX),
                c("campus_month_index", "month the campus delivers it: " + MONTH_INDEX))));
        m.put("crossover_flop.csv", new FileGuide("one mesh size", List.of(
                c("mesh_sites", "sites the mesh federates (count)"),
                c("crossover_flop", "smallest run (FLOP) for which the campus delivers no later than the mesh; \"none within horizon\" when there is none"))));
        m.put("substrate.csv", new FileGuide("one public machine, then the totals (id total_eurohpc and total_all)", List.of(
                c("id", "system id, as in data/substrate.csv"),
                c("system", "system name"),
                c("site", "where it is"),
                c("country", "ISO country code"),
                c("accelerator", "accelerator model"),
                c("count", "accelerators (count)"),
                c("dense_bf16_flop_per_s_per_accelerator", "peak dense BF16 speed of one accelerator, no sparsity (FLOP/s)"),
                c("aggregate_flop_per_s", "count x peak (FLOP/s)"),
                c("eurohpc", "true for a EuroHPC system"),
                c("source", "source ids (see inputs/sources.yaml), separated by \";\"; \"derived\" on the total rows"))));
        FileGuide days = new FileGuide("one allocated share and training target", List.of(
                c("fraction", "share of the machines' peak allocated to the run (0 to 1)"),
                c("target", "training target id"),
                c("days", "days the run takes (days)")));
        m.put("substrate_days.csv", days);
        m.put("substrate_days_all.csv", days);
        m.put("scorecard.csv", new FileGuide("one grid region (ranked), then the reference composites (not ranked)", List.of(
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
                c("rank", "rank by composite, 1 = best; empty for the reference composites"))));
        m.put("scorecard_stability.csv", new FileGuide("one ranking variant and region: the rank-stability check of the scorecard", List.of(
                c("variant", "base (the scorecard's weights and min-max scaling, the ranking of scorecard.csv), an alternative weight set"
                        + " of data/scenarios.yaml, rank_based or z_score"),
                c("normalisation", "how criteria are scaled: min_max ((v - min) / (max - min)), rank (share of the other regions beaten,"
                        + " ties count half) or z_score ((v - mean) / standard deviation)"),
                c("weight_time", "weight of the time score (0 to 1)"),
                c("weight_cost", "weight of the cost score (0 to 1)"),
                c("weight_carbon", "weight of the carbon score (0 to 1)"),
                c("weight_feasibility", "weight of the feasibility score (0 to 1)"),
                c("region", "region id, as in data/regions.csv"),
                c("rank", "the region's rank under this variant, 1 = best"))));
        m.put("grid_queue.csv", new FileGuide("one grid region", List.of(
                c("region", "region id"),
                c("display_name", "region name"),
                c("hyperscale_years", "estimated wait for a 1 GW grid connection (years)"),
                c("medium_years", "estimated wait for a 30-50 MW connection (years)"),
                c("gap_years", "hyperscale_years - medium_years (years)"),
                c("confidence_hyperscale", "confidence in the 1 GW estimate: low, medium or high"),
                c("confidence_medium", "confidence in the medium estimate: low, medium or high"),
                c("sources", "source ids (see inputs/sources.yaml), separated by \";\""))));
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
